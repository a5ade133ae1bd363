namespace NexusSim.Cli.Tests.Support;

/// <summary>Sets (or unsets, with null) environment variables and restores the old values on dispose.</summary>
internal sealed class EnvironmentScope : IDisposable
{
    private readonly Dictionary<string, string?> _previous = new(StringComparer.Ordinal);

    public EnvironmentScope(params (string Name, string? Value)[] variables)
    {
        foreach (var (name, value) in variables)
        {
            _previous[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    /// <summary>
    /// The stub's first drafts miss a section, state an unsourced number, use a cliché and a glossary
    /// variant, and its reviewers are never fallible: every first draft fails its gates, so a gate capped
    /// at one attempt escalates.
    /// </summary>
    public static EnvironmentScope FirstDraftsFailTheirGates() => new(
        ("NexusSim__Stub__Quality__MissingSection", "1"),
        ("NexusSim__Stub__Quality__UnsourcedNumber", "1"),
        ("NexusSim__Stub__Quality__Cliche", "1"),
        ("NexusSim__Stub__Quality__InconsistentTerm", "1"),
        ("NexusSim__Stub__ReviewerFallibility", "0"));

    public void Dispose()
    {
        foreach (var (name, value) in _previous)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
