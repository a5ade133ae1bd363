namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Reads an agent's identity file: inside the manifest directory, present and not blank.</summary>
internal static class IdentityReader
{
    public static string? Read(string written, SourceLocation at, MappingContext context)
    {
        if (context.Files.Resolve(written, at, "identity") is not { } full)
        {
            return null;
        }

        var text = context.Files.Read(full, at, "identity file", ErrorCodes.IdentityMissing);
        if (text is not null && text.Trim().Length == 0)
        {
            context.Diagnostics.Add(at, ErrorCodes.IdentityEmpty, $"The identity file '{written}' is empty.",
                "Write the agent's identity (its system prompt) in the file.");
            return null;
        }

        return text;
    }
}
