using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

/// <summary>Whole-firm rules: people, reporting lines, separation of review, grants.</summary>
public sealed class ManifestLoaderRuleTests
{
    private const string Entry = ValidManifest.EntryFile;
    private const string Delivery = ValidManifest.DeliveryFile;

    private const string Human = """
        humans:
          - id: principal
            name: "Principal"
            title: "Managing principal"
            domains: [client_commitments]
            duties: "Approves and releases client work."

        """;

    [Fact]
    public void Load_ReportingLoop_ReportsTheCycleInFull()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace("    domains: [client_commitments]", "    reports_to: editor\n    domains: [client_commitments]");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.ReportingCycle, Entry, workspace.LineOf("reports_to: editor"),
            "Reporting lines loop: principal -> editor -> lead -> principal.");
    }

    [Fact]
    public void Load_ActorReportsToItself_ReportsCycle()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("reports_to: principal", "reports_to: lead");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.ReportingCycle, Entry, workspace.LineOf("    reports_to: lead\n    domains"),
            "Reporting lines loop: lead -> lead.");
    }

    [Fact]
    public void Load_GateOnlyOwnedByAuthorOfReviewedType_ReportsSelfReview()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "owners: [editor, lead]", "owners: [analyst]");

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.SelfReview, Delivery, workspace.LineOf(Delivery, "owners: [analyst]"),
            "Gate 'fact_check' would be judged by 'analyst', the author of deliverable type 'market_scan' that it reviews.");
    }

    [Fact]
    public void Load_ActionNoOneIsGranted_ReportsActionNotGranted()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("  - action: escalate\n    actors: [lead, analyst, editor]\n", string.Empty);

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.ActionNotGranted, Entry, workspace.LineOf("id: escalate"),
            "No grant gives action 'escalate' to anyone.");
    }

    [Fact]
    public void Load_ExternalActionGrantedToAgent_ReportsExternalToAgent()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace("  - action: release_to_client\n    actors: [principal]", "  - action: release_to_client\n    actors: [principal, lead]");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.ExternalToAgent, Entry, workspace.LineOf("actors: [principal, lead]"),
            "Action 'release_to_client' is external (it touches the outside world), but the grant gives it to agent 'lead'.");
    }

    [Fact]
    public void Load_ActionTheEngineDoesNotKnow_ReportsUnknownAction()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace("actions:\n", "actions:\n  - id: aprove_budget\n    description: \"Not an engine action.\"\n");

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.UnknownAction, Entry, workspace.LineOf("aprove_budget"),
            "Action 'aprove_budget' is not an action the engine can perform.");
        Assert.Contains("commit_budget", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoHumans_ReportsHumanCount()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Human, "humans: []\n");

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.HumanCount, Entry, workspace.LineOf("humans: []"),
            "The manifest declares no humans; a firm needs at least one (who approves release to clients).");
    }

    [Fact]
    public void Load_TwoHumans_LoadsBoth()
    {
        var second = "  - id: deputy\n    name: \"Deputy\"\n    title: \"Deputy principal\"\n    duties: \"Also approves.\"\n";
        using var workspace = ManifestWorkspace.Valid().Replace(Human, Human.TrimEnd('\n') + "\n" + second);

        var result = workspace.Load();

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Manifest!.Humans.Count());
    }

    [Fact]
    public void Load_NoAgents_ReportsNoAgents()
    {
        var agents = ValidManifest.Entry[ValidManifest.Entry.IndexOf("agents:\n", StringComparison.Ordinal)..ValidManifest.Entry.IndexOf("decision_domains:", StringComparison.Ordinal)];
        using var workspace = ManifestWorkspace.Valid().Replace(agents, "agents: []\n");

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.NoAgents, Entry, workspace.LineOf("agents: []"), "The manifest declares no agents.");
    }

    [Fact]
    public void Load_HumanWithTier_ReportsNotForHumans()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace("    title: \"Managing principal\"\n", "    title: \"Managing principal\"\n    tier: standard\n");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.NotForHumans, Entry, workspace.LineOf("tier: standard\n    domains: [client_commitments]"),
            "humans[0]: a human has no 'tier'");
    }

    [Fact]
    public void Load_ActorListsDomainOwnedByAnother_ReportsDomainNotOwned()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("domains: [delivery_plan]", "domains: [delivery_plan, client_commitments]");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.DomainNotOwned, Entry, workspace.LineOf("[delivery_plan, client_commitments]"),
            "Agent 'lead' lists domain 'client_commitments', but the decision matrix gives it to 'principal'.");
    }

    [Fact]
    public void Load_DuplicatePhaseId_ReportsDuplicateIdAtTheSecond()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("      - id: recommend", "      - id: discover");

        var result = workspace.Load();

        var first = workspace.LineOf("      - id: discover\n        name: \"Discover\"");
        ManifestAssert.OnlyError(result, ErrorCodes.DuplicateId, Entry, workspace.LineOf("      - id: discover\n        name: \"Recommend\""),
            $"'discover' (first defined at manifest.yaml:{first}:");
    }

    [Fact]
    public void Load_AgentIdSameAsHumanId_ReportsDuplicateActor()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("  - id: editor", "  - id: principal");

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.DuplicateId, Entry, workspace.LineOf("  - id: principal\n    name: \"Editor\""),
            "Duplicate actor 'principal'");
    }

    [Fact]
    public void Load_StandingPairOfThree_ReportsBadPair()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("[analyst, editor]", "[analyst, editor, lead]");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.BadPair, Entry, workspace.LineOf("[analyst, editor, lead]"),
            "a standing pair lists 3 actors.");
    }

    [Fact]
    public void Load_StandingPairWithItself_ReportsBadPair()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("[analyst, editor]", "[analyst, analyst]");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.BadPair, Entry, workspace.LineOf("[analyst, analyst]"),
            "Standing pair pairs 'analyst' with itself.");
    }
}
