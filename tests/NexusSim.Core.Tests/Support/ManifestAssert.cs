using NexusSim.Core.Manifest;

namespace NexusSim.Core.Tests.Support;

/// <summary>Assertions on a failed load: which error, in which file, on which line, saying what.</summary>
internal static class ManifestAssert
{
    /// <summary>The load failed with exactly one error, which is the one described; returns it.</summary>
    public static ManifestError OnlyError(ManifestLoadResult result, string code, string file, int line, string messagePart)
    {
        Assert.Null(result.Manifest);
        Assert.True(result.Errors.Count == 1, $"Expected one error, got {result.Errors.Count}:\n{Describe(result)}");
        return Matches(result.Errors[0], code, file, line, messagePart);
    }

    /// <summary>The load failed with (possibly among others) the error described; returns it.</summary>
    public static ManifestError HasError(ManifestLoadResult result, string code, string file, int line, string messagePart)
    {
        Assert.Null(result.Manifest);
        var error = result.Errors.FirstOrDefault(e => e.Code == code && e.Location.File == file && e.Location.Line == line
            && e.Message.Contains(messagePart, StringComparison.Ordinal));
        Assert.True(error is not null, $"No {code} at {file}:{line} saying \"{messagePart}\"; errors:\n{Describe(result)}");
        return Matches(error, code, file, line, messagePart);
    }

    public static string Describe(ManifestLoadResult result) => string.Join('\n', result.Errors.Select(e => e.ToString()));

    private static ManifestError Matches(ManifestError error, string code, string file, int line, string messagePart)
    {
        Assert.Equal(code, error.Code);
        Assert.Equal(file, error.Location.File);
        Assert.Equal(line, error.Location.Line);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
        return error;
    }
}
