namespace NexusSim.Agents.Stub.Content;

/// <summary>One <c>## variant</c> of a block: its lines and the file line of the first one.</summary>
internal sealed record ContentVariant(IReadOnlyList<string> Lines, string FilePath, int FirstLine);
