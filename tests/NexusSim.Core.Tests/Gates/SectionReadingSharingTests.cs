using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Tests.Gates;

/// <summary>
/// What the checks read from a section is shared by every version of the engagement with the same
/// section text, and by nothing else: a revision that fixes one section is judged on its new text,
/// whatever was read from the version before it.
/// </summary>
public sealed class SectionReadingSharingTests
{
    private const string Sources = "## Sources\n- [S1] Client brief, Acme, intake\n- [S2] Readiness scoring model\n";

    private const string Scores = "## Scores\n| Dimension | Score |\n|---|---|\n| Data | 2.1 [S2] |\n| Skills | 2.7 [S2] |\n| Average | 2.4 [S2] |\n";

    private static string Version(string findings, string scores = Scores) =>
        "# Readiness Report\n\nKey facts: headcount = 2,400 [S1]\n\n## Findings\n" + findings + "\n\n" + scores + "\n" + Sources;

    private static readonly string Unsourced = Version("Pilot accuracy reached 91% last year. The board approved it [S1].");
    private static readonly string Fixed = Version("Pilot accuracy reached 91% last year [S1]. The board approved it [S1].");

    private static IReadOnlyList<GateIssue> Judge(string markdown, DeliverableReadings readings)
    {
        var input = new CheckInput(markdown, [], [], [], []) { Readings = readings };
        return [.. new EvidenceCheck().Check(input), .. new AnalyticsCheck().Check(input)];
    }

    [Fact]
    public void Read_RevisionChangingOneSection_SharesTheUnchangedSectionsAndReadsTheChangedOneAnew()
    {
        var readings = new DeliverableReadings();

        var first = readings.Read(Unsourced).BodySections;
        var second = readings.Read(new string(Fixed.AsSpan())).BodySections;

        Assert.Equal(["Findings", "Scores"], second.Select(s => s.Section.Heading));
        Assert.NotSame(first[0], second[0]);
        Assert.Same(first[1], second[1]);
        Assert.Same(first[1].Units[0], second[1].Units[0]);
    }

    [Fact]
    public void Read_SameSectionAtAnotherLine_Shared()
    {
        var readings = new DeliverableReadings();
        var moved = Version("Pilot accuracy reached 91% last year. The board approved it [S1].\n\nA second paragraph, longer than before [S1].");

        Assert.Same(readings.Read(Unsourced).BodySections[1], readings.Read(moved).BodySections[1]);
    }

    [Fact]
    public void Read_SameLinesUnderAnotherHeading_NotShared()
    {
        var readings = new DeliverableReadings();
        var renamed = Version("Pilot accuracy reached 91% last year. The board approved it [S1].", Scores.Replace("## Scores", "## Ratings", StringComparison.Ordinal));

        Assert.NotSame(readings.Read(Unsourced).BodySections[1], readings.Read(renamed).BodySections[1]);
    }

    [Theory]
    [InlineData("Scores", 3, new[] { "a", "b" }, true)] // another line of the file: the same section
    [InlineData("Ratings", 3, new[] { "a", "b" }, false)]
    [InlineData("Scores", 3, new[] { "a", "c" }, false)]
    [InlineData("Scores", 3, new[] { "a" }, false)]
    [InlineData("Scores", 3, new[] { "a", "b", "" }, false)]
    public void SameText_ComparesHeadingAndLinesNotPlace(string heading, int line, string[] lines, bool same)
    {
        var section = new DocumentSection("Scores", 12, ["a", "b"]);
        var other = new DocumentSection(heading, line, lines);

        Assert.Equal(same, DeliverableReadings.SameText.Instance.Equals(section, other));
        if (same)
        {
            Assert.Equal(DeliverableReadings.SameText.Instance.GetHashCode(section), DeliverableReadings.SameText.Instance.GetHashCode(other));
        }
    }

    [Fact]
    public void Check_RevisionAfterTheFlawedVersionWasRead_FindingsAsIfReadAlone()
    {
        var shared = new DeliverableReadings();
        var flawed = Judge(Unsourced, shared);

        var revised = Judge(Fixed, shared);

        Assert.Contains(flawed, i => i.Check == CheckKind.Evidence && i.Target == "91%");
        Assert.Equal(Judge(Fixed, new DeliverableReadings()), revised);
        Assert.DoesNotContain(revised, i => i.Check == CheckKind.Evidence);
    }

    [Fact]
    public void Check_RevisionBreakingASharedTable_FindingsOfTheNewTable()
    {
        var shared = new DeliverableReadings();
        Assert.Empty(Judge(Fixed, shared));

        var broken = Judge(Version("Pilot accuracy reached 91% last year [S1]. The board approved it [S1].", Scores.Replace("| Average | 2.4", "| Average | 2.9", StringComparison.Ordinal)), shared);

        var issue = Assert.Single(broken);
        Assert.Equal((CheckKind.Analytics, "| Average | 2.9 [S2] |"), (issue.Check, issue.Target));
    }

    // Documents whose parts are joined at their edges: no front matter, no title, empty sections, two
    // Sources sections, Sources between body sections, CRLF line ends, nothing at all.
    private static readonly string[] ShapeTexts =
    [
        "# T\n\nKey facts: a = 1\n\n## A\nx\n\n## Sources\n- [S1] s\n## B\ny",
        "## A\n## B\n",
        "# T\n## A\n",
        "no title\nline two\n## A\nbody",
        "# T",
        string.Empty,
        "# T\r\nfront\r\n## A\r\nbody\r\n",
        "# T\n\n## Sources\n- [S1] a\n##  sources \n- [S2] b\n## C\nc",
        "# T\nKey facts: a = 1\n## A\nx",
        "# T\nKey facts: a = 2 [S1]\n## A\nx\n## A\nx",
    ];

    public static TheoryData<string> Shapes() => [.. ShapeTexts];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void TextOutsideSourcesAndKeyFacts_FromSharedParts_AsTheDocumentGivesThem(string markdown)
    {
        // One memory for every shape, each read after the others, so that parts come from memory.
        var readings = new DeliverableReadings();
        foreach (var other in ShapeTexts.Where(o => o != markdown))
        {
            _ = readings.Read(other).TextOutsideSources;
            _ = readings.Read(other).KeyFacts;
        }

        var reading = readings.Read(new string(markdown.AsSpan()));
        var document = DeliverableDocument.Parse(markdown);
        // The definition line by line: title, front matter, each body section's heading and lines.
        var expected = string.Join('\n', new[] { document.Title ?? string.Empty }
            .Concat(document.FrontMatter)
            .Concat(document.BodySections.SelectMany(s => s.Lines.Prepend(s.Heading))));

        Assert.Equal(expected, document.TextOutsideSources);
        Assert.Equal(expected, reading.TextOutsideSources);
        Assert.Equal(KeyFactsLine.Parse(markdown), reading.KeyFacts);
    }

    [Fact]
    public void KeyFacts_RevisionChangingTheFrontMatter_TheNewFacts()
    {
        var readings = new DeliverableReadings();
        Assert.Equal("2,400", readings.Read(Fixed).KeyFacts["headcount"]);

        var revised = readings.Read(Fixed.Replace("2,400", "2,500", StringComparison.Ordinal));

        Assert.Equal("2,500", revised.KeyFacts["headcount"]);
        Assert.Contains("2,500", revised.TextOutsideSources, StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_TwoVersionsWithTheSameSources_WorkedOutOncePerFunction()
    {
        var readings = new DeliverableReadings();
        var calls = 0;
        Func<DocumentSection, string> headings = s =>
        {
            calls++;
            return s.Heading;
        };
        Func<DocumentSection, string> firstLine = s => s.Lines[0];

        var sources = readings.Read(Unsourced).Sources!;
        var again = readings.Read(Fixed).Sources!;

        Assert.Same(sources, again);
        Assert.Equal("Sources", sources.Derived(headings));
        Assert.Equal("Sources", again.Derived(headings));
        Assert.Equal(1, calls);
        Assert.Equal("- [S1] Client brief, Acme, intake", again.Derived(firstLine));
    }

    [Fact]
    public void Check_SourcesListChangedBetweenVersions_CitationsReadAgainstTheNewList()
    {
        var shared = new DeliverableReadings();
        Assert.Empty(Judge(Fixed, shared));

        var dropped = Judge(Fixed.Replace("- [S2] Readiness scoring model\n", string.Empty, StringComparison.Ordinal), shared);

        Assert.Contains(dropped, i => i.Check == CheckKind.Evidence && i.Target == "S2");
    }

    [Fact]
    public void Parts_MoreThanTheCap_ReadButNotRemembered()
    {
        var readings = new DeliverableReadings();
        var many = "# Many\n\n" + string.Concat(Enumerable.Range(0, DeliverableReadings.MaxParts + 10).Select(i => $"## Part {i}\nLine {i}.\n"));

        var sections = readings.Read(many).BodySections;

        Assert.Equal(DeliverableReadings.MaxParts + 10, sections.Count);
        Assert.Equal(DeliverableReadings.MaxParts, readings.PartsRemembered);
        Assert.Equal(["Line 4105."], sections[^1].Units.Select(u => u.Text));
    }

    [Fact]
    public void Read_SameTextInstanceTwice_OneReading_AnEqualCopyItsOwn()
    {
        var readings = new DeliverableReadings();
        var copy = new string(Fixed.AsSpan());

        var first = readings.Read(Fixed);

        Assert.Same(first, readings.Read(Fixed));
        Assert.NotSame(first, readings.Read(copy));
        Assert.Same(readings.Read(copy), readings.Read(copy));
    }

    [Fact]
    public void CheckInput_GivenTheEngagementsReadings_MakesNoneOfItsOwn()
    {
        var readings = new DeliverableReadings();
        var input = new CheckInput(Fixed, [], [], [], []) { Readings = readings };
        _ = new CheckInput(Fixed, [], [], [], []) { Readings = readings };

        var before = GC.GetAllocatedBytesForCurrentThread();
        var made = new CheckInput(Fixed, [], [], [], []) { Readings = readings };
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var alone = new CheckInput(Fixed, [], [], [], []);

        Assert.Same(readings, made.Readings);
        Assert.Same(readings, input.Readings);
        Assert.True(allocated < 256, $"A CheckInput given readings allocated {allocated} bytes: it made readings of its own.");
        Assert.NotSame(readings, alone.Readings);
        Assert.Same(alone.Readings, alone.Readings);
    }
}
