namespace NexusSim.Cli.Experiments;

/// <summary>What an experiment runs: every combination of its axes, each over every seed.</summary>
internal sealed record ExperimentSpec
{
    public required IReadOnlyList<string> Protocols { get; init; }

    public required IReadOnlyList<ExperimentVariant> Variants { get; init; }

    public required IReadOnlyList<string> Scenarios { get; init; }

    public required IReadOnlyList<string?> Briefs { get; init; }

    public required IReadOnlyList<string?> Firms { get; init; }

    public required IReadOnlyList<ulong> Seeds { get; init; }

    /// <summary>The cells in a fixed order (axes outermost to innermost, seeds last), whatever the parallelism.</summary>
    public IReadOnlyList<ExperimentCell> Cells()
    {
        var cells = new List<ExperimentCell>();
        foreach (var firm in Firms)
        {
            foreach (var brief in Briefs)
            {
                foreach (var protocol in Protocols)
                {
                    foreach (var variant in Variants)
                    {
                        foreach (var scenario in Scenarios)
                        {
                            cells.AddRange(Seeds.Select(seed => new ExperimentCell(protocol, variant, scenario, brief, firm, seed)));
                        }
                    }
                }
            }
        }

        return cells;
    }
}
