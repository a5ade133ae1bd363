using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The processes a draft discusses follow the brief's own situation: of the industry profiles its industry
/// fits, the one whose processes the brief names wins, and the processes it names come before the rest
/// (after the first, which the headline metric measures).
/// </summary>
public sealed class BriefProcessesTests
{
    private static readonly Lazy<LibraryData> Data = new(() => ContentLoader.Load(RepoFiles.PromptsDirectory));

    [Fact]
    public void Compose_HospitalBriefAboutDischarge_DiscussesDischargePlanningNotTheIndustryListsFirst()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "hospital-architecture.yaml"));

        var drafts = run.Run(3).Values.ToList();

        Assert.All(drafts, d => Assert.DoesNotContain("prior authorization", d, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(drafts, d => d.Contains("discharge planning", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Discharge planning takes a ward team a morning per patient.", "Hospital care")]
    [InlineData("Prior authorization requests wait a week for a reviewer.", "Healthcare")]
    [InlineData("The hospital wants faster operations.", "Healthcare")]
    public void IndustryFor_HospitalIndustry_ProfileWhoseProcessesTheSituationNames(string situation, string expected)
    {
        var composer = new DraftComposer(Data.Value);
        var brief = ContentSamples.Insurer with { Industry = "Hospital network", Situation = situation, StalledPilot = "A tool was tried." };

        Assert.Equal(expected, composer.IndustryFor(brief).Name);
    }

    [Fact]
    public void Order_SituationNamesTheThirdProcess_ItComesSecondAfterTheMetricsProcess()
    {
        var brief = ContentSamples.Insurer with { Situation = "Store replenishment runs on spreadsheets.", StalledPilot = "A chatbot for customer service stalled." };

        var order = BriefProcesses.Order(["demand forecasting", "customer service", "store replenishment"], brief);

        Assert.Equal(["demand forecasting", "store replenishment", "customer service"], order);
    }

    [Fact]
    public void Order_PilotNamesAHyphenatedProcess_MatchesItAsWords()
    {
        var brief = ContentSamples.Insurer with { Situation = "Depots keep their own spreadsheets.", StalledPilot = "A route-planning assistant was switched off." };

        var order = BriefProcesses.Order(["shipment exception handling", "carrier booking", "customs documentation", "route planning"], brief);

        Assert.Equal(["shipment exception handling", "route planning", "carrier booking", "customs documentation"], order);
    }

    [Fact]
    public void Order_BriefNamesNoProcess_KeepsTheLibraryOrder()
    {
        var processes = new[] { "loan origination", "KYC and onboarding", "dispute handling" };

        var order = BriefProcesses.Order(processes, ContentSamples.Insurer);

        Assert.Equal(processes, order);
    }
}
