namespace NexusSim.Cli.Reporting;

/// <summary>One version of a deliverable: who submitted it and why (the content lives in the journal's artifacts).</summary>
internal sealed record VersionFacts(int Number, string ContentHash, string SubmittedBy, string Summary);
