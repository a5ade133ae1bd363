using NexusSim.Core.Authority;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Support;

/// <summary>
/// One cell of a firm's authority matrix as a scenario in which only the grant matters: the
/// engagement is of a service line the actor's grant covers, the deliverable is someone else's,
/// the approval was asked for by someone else, the version passed its gates and a human approved
/// it, amounts and risk sit inside every limit, and a domain-owner action names a domain the actor
/// owns (when it owns one).
/// </summary>
internal sealed class MatrixScenario
{
    public const decimal Amount = 1_000m;
    public const string Content = "# Summary\nA version written for the authority matrix test.\n";

    public MatrixScenario(FirmManifest manifest, MatrixCell cell)
    {
        Manifest = manifest;
        Cell = cell;
        Line = ChooseLine(manifest, cell);
        Deliverable = Line.Deliverables.Select(manifest.DeliverableType).FirstOrDefault(d => d.Author != cell.ActorId)
            ?? manifest.DeliverableType(Line.Deliverables[0]);
        Requester = manifest.Actors.First(a => a.Id != cell.ActorId && !a.IsHuman).Id;
    }

    public FirmManifest Manifest { get; }

    public MatrixCell Cell { get; }

    public ServiceLine Line { get; }

    public DeliverableType Deliverable { get; }

    public string Requester { get; }

    /// <summary>Every (actor, declared action) cell of a firm, from its manifest.</summary>
    public static TheoryData<string, string, string> Cells(string firm, bool? canAct = null)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var cell in AuthorityMatrix.Compute(RepoFiles.Manifest(firm)).Where(c => canAct is null || c.CanAct == canAct))
        {
            data.Add(firm, cell.ActorId, cell.Action);
        }

        return data;
    }

    public static MatrixScenario For(string firm, string actorId, string action)
    {
        var manifest = RepoFiles.Manifest(firm);
        return new MatrixScenario(manifest, AuthorityMatrix.Compute(manifest).Single(c => c.ActorId == actorId && c.Action == action));
    }

    /// <summary>The engagement with the deliverable's version through its gates, requested and approved.</summary>
    public EngagementHarness Engagement(out string versionHash)
    {
        var engagement = new EngagementHarness(Manifest, Line.Id);
        versionHash = engagement.Approved(Deliverable.Id, Content, Requester);
        if (Cell.Action == ActionIds.ResolveEscalation)
        {
            EscalationId = engagement.Escalate(Deliverable.Author, Cell.ActorId, Deliverable.Id, Deliverable.Gates[0]);
        }

        return engagement;
    }

    /// <summary>The escalation raised to the cell's actor (for resolve_escalation), else null.</summary>
    public string? EscalationId { get; private set; }

    /// <summary>Valid arguments for every parameter the action takes.</summary>
    public Dictionary<string, object?> Arguments(string versionHash)
    {
        var owned = Manifest.Domains.FirstOrDefault(d => d.Owner == Cell.ActorId) ?? Manifest.Domains[0];
        var args = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var parameter in ActionCatalog.For(Cell.Action))
        {
            object? value = parameter.Name switch
            {
                ActionArgs.DeliverableId or ActionArgs.Subject => Deliverable.Id,
                ActionArgs.VersionHash => versionHash,
                ActionArgs.Content => Content + "A new revision.\n",
                ActionArgs.GateId => Deliverable.Gates[0],
                ActionArgs.Verdict => "needs_work",
                ActionArgs.ServiceLine => Line.Id,
                ActionArgs.AmountUsd => Amount,
                ActionArgs.Risk => "low",
                ActionArgs.Assignee => Cell.Action == ActionIds.ResolveEscalation ? null : Deliverable.Author,
                ActionArgs.Task => "draft",
                ActionArgs.Term => "matrix test term",
                ActionArgs.Domain => owned.Id,
                ActionArgs.EscalationId => EscalationId,
                ActionArgs.Option => Manifest.Escalation.Options[0],
                _ => "Written for the authority matrix test.",
            };
            if (value is not null)
            {
                args[parameter.Name] = value;
            }
        }

        return args;
    }

    // The first service line every grant limit of the cell covers (any line when none limits it).
    private static ServiceLine ChooseLine(FirmManifest manifest, MatrixCell cell) =>
        manifest.ServiceLines.FirstOrDefault(line => cell.Grants.Any(g => g.ServiceLines is null || g.ServiceLines.Contains(line.Id)))
        ?? manifest.ServiceLines[0];
}
