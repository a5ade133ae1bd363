using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Stub;

/// <summary>What the stub model is made of: its seed, its behaviour, its content library and where it records ground truth.</summary>
public sealed record StubContext(ulong Seed, StubOptions Options, ContentLibrary Library, IReadOnlyList<string> BannedPhrases, DefectLedger Ledger)
{
    /// <summary>What the stub's quote at intake is of the brief's fee (1: the fee; pricing drift quotes more).</summary>
    public decimal QuoteFactor { get; init; } = 1m;

    /// <summary>The paragraphs the run has written so far (one per run), so no paragraph is written twice.</summary>
    public WrittenParagraphs Paragraphs { get; init; } = new();

    /// <summary>The run's fact bases (one per run): built at the first draft, found by every later one.</summary>
    public FactBases FactBases { get; init; } = new();

    /// <summary>The token-count memories the stub's usage is counted with (the container's, so a prompt counted as it was built is not counted again).</summary>
    public Metering.TokenCounts Tokens { get; init; } = new();

    /// <summary>The seed as text, for stable hashing.</summary>
    public string SeedText => Seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
