using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

/// <summary>References to things the manifest does not define, reported at the referring value.</summary>
public sealed class ManifestLoaderReferenceTests
{
    private const string Entry = ValidManifest.EntryFile;
    private const string Delivery = ValidManifest.DeliveryFile;

    [Fact]
    public void Load_ReportsToUnknownActor_ReportsDanglingWithSuggestion()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("reports_to: principal", "reports_to: principle");

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.DanglingReference, Entry, workspace.LineOf("principle"),
            "Agent 'lead' (reports_to) refers to actor 'principle', which the manifest does not define.");
        Assert.StartsWith("Did you mean 'principal'?", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GateOwnerUnknown_ReportsDanglingAtTheOwner()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "owners: [editor]", "owners: [editer]");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.DanglingReference, Delivery, workspace.LineOf(Delivery, "editer"),
            "Gate 'editorial_review' (owners) refers to actor 'editer'");
    }

    [Fact]
    public void Load_DeliverableAuthorUnknown_ReportsDanglingAtTheAuthor()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "author: analyst", "author: analist");

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.DanglingReference, Delivery, workspace.LineOf(Delivery, "analist"),
            "Deliverable type 'market_scan' (author) refers to actor 'analist'");
    }

    [Fact]
    public void Load_ChainStepActorUnknown_ReportsDanglingAtTheStep()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "- actor: principal", "- actor: princpal");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.DanglingReference, Delivery, workspace.LineOf(Delivery, "princpal"),
            "Chain 'memo_chain' (step actor) refers to actor 'princpal'");
    }

    [Fact]
    public void Load_DomainOwnerUnknown_ReportsDanglingAtTheOwner()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("owner: lead", "owner: leed");

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.DanglingReference, Entry, workspace.LineOf("leed"),
            "Decision domain 'delivery_plan' (owner) refers to actor 'leed'");
    }

    [Fact]
    public void Load_TierUnknown_ReportsDanglingAtTheTier()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace("title: \"Quality editor\"\n    tier: standard", "title: \"Quality editor\"\n    tier: premium");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.DanglingReference, Entry, workspace.LineOf("tier: premium"),
            "Agent 'editor' refers to model tier 'premium'");
    }

    [Fact]
    public void Load_GrantToUnknownActor_ReportsDanglingAtTheActor()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("actors: [lead, analyst]", "actors: [lead, analyst, intern]");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.DanglingReference, Entry, workspace.LineOf("intern"),
            "The grant of 'submit_deliverable' refers to actor 'intern'");
    }

    [Fact]
    public void Load_GrantLimitUnknownServiceLine_ReportsDanglingAtTheLine()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("service_lines: [strategy_sprint]", "service_lines: [strategy_spring]");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.DanglingReference, Entry, workspace.LineOf("strategy_spring"),
            "The grant of 'commit_budget' (limits) refers to service line 'strategy_spring'");
    }

    [Fact]
    public void Load_DeliverableGateUnknown_ReportsDanglingAtTheGate()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "gates: [fact_check]", "gates: [fact_chek]");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.DanglingReference, Delivery, workspace.LineOf(Delivery, "fact_chek"),
            "Deliverable type 'market_scan' (gates) refers to gate 'fact_chek'");
    }

    [Fact]
    public void Load_GlossaryDomainUnknown_ReportsDanglingAtTheDomain()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("domain: client_commitments", "domain: pricing");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.DanglingReference, Entry, workspace.LineOf("domain: pricing"),
            "Glossary term 'engagement' refers to decision domain 'pricing'");
    }

    [Fact]
    public void Load_IdentityFileMissing_ReportsIdentityMissingAtTheKey()
    {
        using var workspace = ManifestWorkspace.Valid().Delete("identities/editor.md");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.IdentityMissing, Entry, workspace.LineOf("identities/editor.md"),
            "The identity file 'identities/editor.md' does not exist.");
    }

    [Fact]
    public void Load_IdentityFileBlank_ReportsIdentityEmpty()
    {
        using var workspace = ManifestWorkspace.Valid().Write("identities/analyst.md", " \n\n");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.IdentityEmpty, Entry, workspace.LineOf("identities/analyst.md"),
            "The identity file 'identities/analyst.md' is empty.");
    }

    [Fact]
    public void Load_IdentityPathLeavesDirectory_ReportsPathEscapes()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("identity: identities/editor.md", "identity: ../editor.md");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.PathEscapes, Entry, workspace.LineOf("../editor.md"),
            "The identity path '../editor.md' leads outside the manifest directory.");
    }
}
