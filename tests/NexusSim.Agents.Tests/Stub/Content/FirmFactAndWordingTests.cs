using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>A firm's own <c>content/</c> may declare fact-base counts and wording sets beside the shared ones.</summary>
public sealed class FirmFactAndWordingTests
{
    [Fact]
    public void Load_FirmFactBlock_IsDeclaredBesideTheSharedFacts()
    {
        using var firm = new TempFirm();
        firm.Write("content/15-facts.md", "# fact: cases_read\nrange: 5-9\nsource: working-papers\nsays: cases read for the matter\n");

        var data = ContentLoader.Load(RepoFiles.PromptsDirectory, firm.Path);

        var own = Assert.Single(data.DeclaredFacts, f => f.Name == "cases_read");
        Assert.Equal((5, 9, "working-papers"), (own.Min, own.Max, own.Source));
        Assert.StartsWith(firm.Path, own.FilePath, StringComparison.Ordinal);
        Assert.Contains(data.DeclaredFacts, f => f.Name == "interviews");
    }

    [Fact]
    public void Load_LegalFirm_DeclaresItsOwnResearchCounts()
    {
        var data = ContentLoader.Load(RepoFiles.PromptsDirectory, RepoFiles.Combine("samples", Firms.FiveAgents));

        var names = data.DeclaredFacts.Where(f => f.FilePath.Contains("five-agent-firm", StringComparison.Ordinal)).Select(f => f.Name).ToList();

        Assert.Equal(["authorities_reviewed", "years_searched", "enforcement_matters", "states_surveyed"], names);
        Assert.All(data.DeclaredFacts.Where(f => names.Contains(f.Name)), f => Assert.True(f.Min < f.Max, $"{f.Name} must vary per seed"));
    }

    [Fact]
    public void Load_FirmWordingSet_ReplacesSharedSetOfSameName()
    {
        using var firm = new TempFirm();
        firm.Write("content/38-wording.md", "# wording: we recommend\nalternatives: we recommend | we counsel\n");

        var data = ContentLoader.Load(RepoFiles.PromptsDirectory, firm.Path);

        var set = Assert.Single(data.Wordings, w => w.Name == "we recommend");
        Assert.Equal(["we recommend", "we counsel"], set.Alternatives);
        Assert.StartsWith(firm.Path, set.FilePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content/15-facts.md", "# fact: cases_read\nrange: 9-5\nsource: working-papers\nsays: cases\n", "15-facts.md:1")]
    [InlineData("content/15-facts.md", "# fact: cases_read\nrange: 5-9\nsource: nowhere\nsays: cases\n", "15-facts.md:1")]
    [InlineData("content/38-wording.md", "# wording: holds\nalternatives: holds\n", "38-wording.md:1")]
    [InlineData("content/38-wording.md", "# wording: holds\nalternatives: holds | finds [@brief]\n", "38-wording.md:1")]
    [InlineData("content/10-industries.md", "# industry: Law\nkeywords: law\nprocesses: intake\nmetric: m\nunit: days\nbaseline: 1-2\nregulation: r\nbenchmark: b\nworker: paralegal\n", "10-industries.md:1")]
    [InlineData("content/10-industries.md", "# industry: Law\nkeywords: law\nprocesses: intake\nmetric: m\nunit: days\nbaseline: 0-2\nregulation: r\nbenchmark: b\nworker: paralegal\nworkers: paralegals\n", "10-industries.md:1")]
    [InlineData("content/10-industries.md", "# industry: Law\nkeywords: law\nprocesses: intake\nmetric: m\nunit: days\nbaseline: 1-2\nregulation: r\nbenchmark: b\ncustomer: client\n", "10-industries.md:1")]
    [InlineData("content/10-industries.md", "# industry: Law\nkeywords: law\nprocesses: intake\nmetric: m\nunit: days\nbaseline: 1-2\nregulation: r\nbenchmark: b\nthreshold: 3 risk\n", "10-industries.md:1")]
    public void Load_MalformedFirmFactOrWording_ErrorNamesFirmFileAndLine(string file, string text, string where)
    {
        using var firm = new TempFirm();
        firm.Write(file, text);

        var error = Assert.Throws<ContentLibraryException>(() => ContentLoader.Load(RepoFiles.PromptsDirectory, firm.Path));

        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(firm.Path, error.FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FirmIndustryWithWorkers_NamesThePeopleWhoDoTheWork()
    {
        using var firm = new TempFirm();
        firm.Write("content/10-industries.md", "# industry: Law\nkeywords: law, legal\nprocesses: matter intake\nmetric: m\nunit: days\nbaseline: 1-2\nregulation: r\nbenchmark: b\nworker: paralegal\nworkers: paralegals\n");

        var data = ContentLoader.Load(RepoFiles.PromptsDirectory, firm.Path);

        var law = Assert.Single(data.Industries, i => i.Name == "Law");
        Assert.Equal(("paralegal", "paralegals"), (law.Worker, law.Workers));
        Assert.Equal(("planner", "planners"), data.Industries.Where(i => i.Name == "Retail").Select(i => (i.Worker, i.Workers)).Single());
    }

    [Fact]
    public void Load_FirmIndustryWithCustomersAndThreshold_NamesThePeopleServedAndWhatTheLimitMeasures()
    {
        using var firm = new TempFirm();
        firm.Write("content/10-industries.md", "# industry: Law\nkeywords: law, legal\nprocesses: matter intake\nmetric: m\nunit: days\nbaseline: 1-2\nregulation: r\nbenchmark: b\ncustomer: client\ncustomers: clients\nthreshold: conflict risk\n");

        var data = ContentLoader.Load(RepoFiles.PromptsDirectory, firm.Path);

        var law = Assert.Single(data.Industries, i => i.Name == "Law");
        Assert.Equal(("client", "clients", "conflict risk"), (law.Customer, law.Customers, law.Threshold));
        var retail = Assert.Single(data.Industries, i => i.Name == "Retail");
        Assert.Equal(("customer", "customers", "value"), (retail.Customer, retail.Customers, retail.Threshold));
    }
}
