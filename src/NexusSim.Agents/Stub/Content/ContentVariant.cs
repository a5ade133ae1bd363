namespace NexusSim.Agents.Stub.Content;

/// <summary>One <c>## variant</c> of a block: its lines, the file line of the first one, and its tag.</summary>
internal sealed record ContentVariant(IReadOnlyList<string> Lines, string FilePath, int FirstLine, VariantStage Stage = VariantStage.Any);
