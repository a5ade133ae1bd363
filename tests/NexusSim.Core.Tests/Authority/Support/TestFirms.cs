using NexusSim.Core.Manifest;

namespace NexusSim.Core.Tests.Authority.Support;

/// <summary>Small firms for the authority tests, built in code.</summary>
internal static class TestFirms
{
    public const string Partner = "managing_partner";

    /// <summary>
    /// One human and five agents: atlas leads (reports to the partner); veda, kael and soren report
    /// to atlas; nova reports to veda. Reject is an engine action this firm does not declare.
    /// </summary>
    public static ManifestBuilder SmallFirmBuilder() => new ManifestBuilder()
        .Human(Partner)
        .Agent("atlas", Partner)
        .Agent("veda", "atlas")
        .Agent("kael", "atlas")
        .Agent("soren", "atlas")
        .Agent("nova", "veda")
        .Domain("engagement_scope", "atlas")
        .Domain("pricing", "kael")
        .Domain("methodology", "veda")
        .Domain("quality", "soren")
        .Action(ActionIds.AcceptEngagement)
        .Action(ActionIds.AssignTask)
        .Action(ActionIds.SubmitDeliverable)
        .Action(ActionIds.RecordGateVerdict)
        .Action(ActionIds.RequestApproval)
        .Action(ActionIds.Approve)
        .Action(ActionIds.ReleaseToClient, external: true, domainOwnerOnly: false, Precondition.GatesPassed, Precondition.HumanApproval)
        .Action(ActionIds.Escalate)
        .Action(ActionIds.CommitBudget)
        .Action(ActionIds.DefineTerm, domainOwnerOnly: true)
        .Grant(ActionIds.AcceptEngagement, new GrantLimits(null, RiskLevel.High, ["market_entry", "ops_review"]), "atlas")
        .Grant(ActionIds.AcceptEngagement, Partner)
        .Grant(ActionIds.AssignTask, "atlas", "veda")
        .Grant(ActionIds.SubmitDeliverable, "veda", "kael", "nova")
        .Grant(ActionIds.RecordGateVerdict, "soren", "veda", "atlas")
        .Grant(ActionIds.RequestApproval, "veda", "kael", "nova")
        .Grant(ActionIds.Approve, Partner)
        .Grant(ActionIds.Approve, new GrantLimits(null, RiskLevel.Medium, null), "atlas")
        .Grant(ActionIds.ReleaseToClient, Partner)
        .Grant(ActionIds.Escalate, "atlas", "veda", "kael", "soren", "nova")
        .Grant(ActionIds.CommitBudget, new GrantLimits(250_000m, RiskLevel.High, null), "kael")
        .Grant(ActionIds.CommitBudget, new GrantLimits(1_000_000m, null, null), "atlas")
        .Grant(ActionIds.CommitBudget, Partner)
        .Grant(ActionIds.DefineTerm, "veda", "kael", "nova")
        .Separate("no_self_review", ActionIds.RecordGateVerdict, DutyParty.Author, "no one reviews their own work")
        .Separate("no_self_approval", ActionIds.Approve, DutyParty.Author, "no one approves their own work")
        .Separate("approver_not_requester", ActionIds.Approve, DutyParty.Requester, "whoever asks for an approval cannot give it");

    public static FirmManifest SmallFirm() => SmallFirmBuilder().Build();

    /// <summary>
    /// A different firm with the same shape and nothing in common by name: five agents, one human,
    /// other ids, other domains, other limits.
    /// </summary>
    public static FirmManifest HarborFirm() => new ManifestBuilder()
        .Human("owner")
        .Agent("lead", "owner")
        .Agent("analyst", "lead")
        .Agent("builder", "lead")
        .Agent("checker", "lead")
        .Agent("scribe", "analyst")
        .Domain("budget", "lead")
        .Domain("wording", "scribe")
        .Action(ActionIds.SubmitDeliverable)
        .Action(ActionIds.RecordGateVerdict)
        .Action(ActionIds.Approve)
        .Action(ActionIds.ReleaseToClient, external: true, domainOwnerOnly: false, Precondition.GatesPassed, Precondition.HumanApproval)
        .Action(ActionIds.CommitBudget)
        .Action(ActionIds.DefineTerm, domainOwnerOnly: true)
        .Grant(ActionIds.SubmitDeliverable, "analyst", "builder", "scribe")
        .Grant(ActionIds.RecordGateVerdict, "checker", "builder")
        .Grant(ActionIds.Approve, "owner", "lead")
        .Grant(ActionIds.ReleaseToClient, "owner", "lead")
        .Grant(ActionIds.CommitBudget, new GrantLimits(40_000m, RiskLevel.Medium, ["audit"]), "lead")
        .Grant(ActionIds.DefineTerm, "scribe", "analyst")
        .Separate("reviewer_is_not_author", ActionIds.RecordGateVerdict, DutyParty.Author, "a check by its own author proves nothing")
        .Separate("approver_is_not_author", ActionIds.Approve, DutyParty.Author, "sign-off needs a second person")
        .Build();
}
