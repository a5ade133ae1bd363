using System.Text.Json;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Firms;

/// <summary>
/// Issue 8's acceptance: three firms written from the schema docs alone (tests/fixtures/firms/)
/// validate, run on the stub to a documented status with no exception, and each shows what one of
/// its own fields is documented to do: an intake order, a price band, an approval gate's default
/// cap, a firm's own content and brief schema, an advisory gate, a second human, an internal
/// deliverable, an out-of-band fee escalated to the pricing owner.
/// </summary>
[Collection(ProcessStateCollection.Name)]
public sealed partial class FixtureFirmTests : IDisposable
{
    private const string Translation = "translation-desk";
    private const string Architecture = "architecture-practice";
    private const string Actuarial = "actuarial-firm";

    private static readonly string[] Statuses = ["completed", "incomplete", "declined", "turn_limit", "awaiting_approval"];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(Translation)]
    [InlineData(Architecture)]
    [InlineData(Actuarial)]
    public async Task Validate_FixtureFirm_ExitsZero(string firm)
    {
        var result = await CliRunner.RunAsync("validate", Firm(firm));

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("Manifest OK", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TranslationDesk_CompletesWithTheReviserJudgingAndTheDeskLeadReleasing()
    {
        var run = await RunAsync(Translation);

        Assert.Equal("completed", run.Text("status"));
        Assert.Equal("translator", run.Text("accepted_by"));
        Assert.All(Executed(run, "record_gate_verdict"), e => Assert.Equal("reviewer", Actor(e)));
        Assert.Equal("desk_lead", Actor(Assert.Single(Executed(run, "release_to_client"))));
    }

    [Fact]
    public async Task Run_TranslationDeskFeeBelowItsBand_DeclinedWithTheBandAsTheReason()
    {
        var run = await RunAsync(Translation, "--brief", Path.Combine(Firm(Translation), "briefs", "low-fee.yaml"));

        Assert.Equal("declined", run.Text("status"));
        Assert.Contains("below the document_translation price band ($2,000 to $20,000)", run.Text("declined_reason"), StringComparison.Ordinal);
        Assert.Equal(0, run.Number("turns"));
    }

    [Fact]
    public async Task Run_TranslationDeskRejectAll_ApprovalGateDefaultCapOfThreeThenUnreleased()
    {
        // desk_signoff sets neither max_attempts (default 3) nor on_fail (default rework: stop unreleased).
        var run = await RunAsync(Translation, "--approver", "reject-all");

        Assert.Equal("incomplete", run.Text("status"));
        Assert.Equal(3, run.Number("rejections"));
        Assert.Equal(0, run.Number("escalations"));
        Assert.Equal(("translated_document", "rejected"), Assert.Single(run.Deliverables()));
        Assert.Empty(Executed(run, "release_to_client"));
    }

    [Fact]
    public async Task Run_TranslationDeskWithFaults_DenialsAreNotEscalatedBecauseOnDenialIsFalse()
    {
        var run = await RunAsync(Translation, "--faults");

        Assert.True(run.Number("denied_actions") > 0, "the fault profile should attempt something unauthorized");
        Assert.Equal(0, run.Summary.GetProperty("escalation_outcomes").GetProperty("denial_notices").GetInt64());
        Assert.Equal(0, run.Number("escalations"));
        Assert.Equal(0, run.Number("unauthorized_executed"));
    }

    [Fact]
    public async Task Run_ArchitectureBriefAtHighRisk_IntakeOrderSkipsTheProjectArchitectsMediumRiskGrant()
    {
        var brief = _temp.Combine("brief.yaml");
        File.WriteAllText(brief, File.ReadAllText(Path.Combine(Firm(Architecture), "brief.yaml")).Replace("risk: low\n", "risk: high\n", StringComparison.Ordinal));

        var run = await RunAsync(Architecture, "--brief", brief);

        Assert.Equal("practice_director", run.Text("accepted_by"));
    }

    [Fact]
    public async Task Run_ArchitecturePractice_FirstAgentOfTheIntakeOrderAcceptsAndTheFirmsOwnContentWrites()
    {
        var run = await RunAsync(Architecture);

        Assert.Equal("completed", run.Text("status"));
        Assert.Equal("project_architect", run.Text("accepted_by"));
        Assert.Equal(0, run.Number("fallback_sections"));
        var report = System.Text.Encoding.UTF8.GetString(run.DeliverableFiles()["feasibility_report"]);
        Assert.Contains("Key facts: location = United Kingdom (Bristol)", report, StringComparison.Ordinal);
        Assert.Contains("Halden & Voss measured site survey", report, StringComparison.Ordinal);
        Assert.DoesNotContain("readiness", report, StringComparison.OrdinalIgnoreCase);

        // The firm's own task template (prompts/tasks/site_survey.md beside its manifest) is what the technologist is sent.
        Assert.Contains("(site appraisal)", File.ReadAllText(Path.Combine(run.Directory, "transcript.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ArchitectureBriefWithoutARequiredFirmField_ExitsTwoNamingTheField()
    {
        var brief = _temp.Combine("brief.yaml");
        File.WriteAllText(brief, File.ReadAllText(Path.Combine(Firm(Architecture), "brief.yaml"))
            .Replace("planning_authority: Bristol City Council\n", string.Empty, StringComparison.Ordinal));

        var result = await CliRunner.RunEngagementAsync(_temp.Combine("out"), "--manifest", Firm(Architecture), "--brief", brief);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("planning_authority", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Combine("out")) && Directory.EnumerateFileSystemEntries(_temp.Combine("out")).Any());
    }

    [Fact]
    public async Task Run_ActuarialFirmDraftsMissSections_AdvisoryGateNeverBlocksAndTheSecondHumanDecides()
    {
        // Every first draft misses a section: only the advisory plain_language gate and the compliance officer's
        // review check structure. funding_advice passes no blocking structure check, so it ships despite the advisory verdict.
        using var environment = new EnvironmentScope(("NexusSim__Stub__Quality__MissingSection", "1"), ("NexusSim__Stub__ReviewerFallibility", "0"));

        var run = await RunAsync(Actuarial);

        Assert.Equal("completed", run.Text("status"));
        var advisory = Assert.Single(Executed(run, "record_gate_verdict"), e => Subject(e) == "funding_advice" && Actor(e) == "report_writer");
        Assert.StartsWith("Recorded needs_work at plain_language", Reason(advisory), StringComparison.Ordinal);
        var judged = Reason(advisory)[Reason(advisory).LastIndexOf(" version ", StringComparison.Ordinal)..];
        var release = Assert.Single(Executed(run, "release_to_client"), e => Subject(e) == "funding_advice");
        Assert.Contains(judged.TrimEnd('.'), Reason(release), StringComparison.Ordinal); // the very version the advisory gate failed
        Assert.Equal(0, Deliverable(run, "funding_advice").GetProperty("escalations").GetArrayLength());

        // The compliance officer (the firm's second human) judged her gate through the approver, failing the draft and passing the rework.
        var compliance = Executed(run, "record_gate_verdict").Where(e => Actor(e) == "compliance_officer").Select(Reason).ToList();
        Assert.Contains(compliance, r => r.StartsWith("Recorded needs_work at compliance_review", StringComparison.Ordinal));
        Assert.Contains(compliance, r => r.StartsWith("Recorded pass at compliance_review", StringComparison.Ordinal));
        Assert.Equal(2, Executed(run, "release_to_client").Count);
        Assert.All(Executed(run, "release_to_client"), e => Assert.Equal("signing_actuary", Actor(e)));

        // intake.order asks practice_lead first, although engagement_manager's smaller grant covers the fee too.
        Assert.Equal("practice_lead", run.Text("accepted_by"));

        // The internal data audit is done when its gate passes and is never released.
        var audit = Deliverable(run, "data_audit");
        Assert.False(audit.GetProperty("client_facing").GetBoolean());
        Assert.True(audit.GetProperty("done").GetBoolean());
        Assert.DoesNotContain(Executed(run, "release_to_client"), e => Subject(e) == "data_audit");
    }

    [Theory]
    [InlineData("above-band.yaml", "practice_lead", null)]
    [InlineData("far-above-band.yaml", null, "exceeds practice_lead's limit of $400,000")]
    public async Task Run_ActuarialFeeAboveTheBand_GoesToThePricingOwnerAloneWithinTheirGrant(string brief, string? acceptedBy, string? declined)
    {
        var run = await RunAsync(Actuarial, "--brief", Path.Combine(Firm(Actuarial), "briefs", brief));

        Assert.Contains(run.Text("status"), Statuses);
        if (acceptedBy is not null)
        {
            Assert.Equal(acceptedBy, run.Text("accepted_by"));
            Assert.Equal(320_000, run.Number("fee_usd"));
            var accepted = Assert.Single(Executed(run, "accept_engagement"));
            Assert.EndsWith("at $320,000. Out of band: the fee $320,000 is above the pension_valuation price band ($80,000 to $250,000).", Reason(accepted), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("declined", run.Text("status"));
            Assert.Contains(declined!, run.Text("declined_reason"), StringComparison.Ordinal);
            Assert.DoesNotContain("engagement_manager", run.Text("declined_reason"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Run_ActuarialBriefStatesAFeeBesideItsBudget_DeliverablesStateTheFeeNotTheBudget()
    {
        // The brief's fee_usd ($120,000) reaches the model with its budget_usd ($2M); a draft that states
        // the engagement's fee states the former (it once fell back to the budget: the model never saw the fee).
        await RunAsync(Actuarial);

        var stated = Directory.EnumerateFiles(_temp.Combine("out"), "*.md", SearchOption.AllDirectories)
            .SelectMany(f => FeeStatement().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToList();

        Assert.NotEmpty(stated); // seed 42 draws the sentence; if content changes, pick a seed that does
        Assert.All(stated, fee => Assert.Equal("$120K", fee));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"engagement's fee is (\$[0-9.,]+[KM]?)")]
    private static partial System.Text.RegularExpressions.Regex FeeStatement();

    private async Task<RunOutput> RunAsync(string firm, params string[] options)
    {
        var result = await CliRunner.RunEngagementAsync(_temp.Combine("out"), ["--manifest", Firm(firm), "--seed", "42", .. options]);
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        var run = RunOutput.Single(_temp.Combine("out"));
        Assert.Contains(run.Text("status"), Statuses);
        return run;
    }

    private static List<JsonElement> Executed(RunOutput run, string action) =>
        [.. run.Audit().Where(e => e.GetProperty("action").GetString() == action && e.GetProperty("outcome").GetString() == "executed")];

    private static JsonElement Deliverable(RunOutput run, string id) =>
        run.Summary.GetProperty("deliverables").EnumerateArray().Single(d => d.GetProperty("id").GetString() == id);

    private static string Actor(JsonElement entry) => entry.GetProperty("actor").GetString()!;

    private static string Subject(JsonElement entry) => entry.GetProperty("subject").GetString()!;

    private static string Reason(JsonElement entry) => entry.GetProperty("reason").GetString()!;

    private static string Firm(string name) => Paths.FixtureFirm(name);
}
