using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.BriefUse;

/// <summary>Issue 9 item 3: every constraint of the brief is addressed, in a section where it matters, not pasted.</summary>
public sealed class ConstraintUseTests
{
    // Words that say nothing about which constraint a sentence addresses; the rest of a constraint's words identify it.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "must", "with", "that", "only", "from", "into", "under", "their", "this", "limited", "needed", "keep", "able",
        "before", "within", "every", "each", "plus", "without", "during", "have", "been", "will", "should", "not", "the",
    };

    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_SeedsOneToTen_EveryConstraintAddressedInSomeSentence(string firm, string briefPath)
    {
        var shipped = ShippedBriefRun.Load(firm, briefPath);
        var problems = new List<string>();

        for (ulong seed = 1; seed <= 10; seed++)
        {
            var sentences = shipped.Run(seed).Values
                .SelectMany(d => d.Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries))
                .Select(s => " " + BriefRun.Flat(s) + " ")
                .ToList();
            problems.AddRange(shipped.Brief.Constraints
                .Where(c => !sentences.Any(s => Identifies(s, c)))
                .Select(c => $"seed {seed}: never addressed: '{c}'"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Compose_TimingConstraint_AddressedUnderThePlanNotUnderInfrastructure()
    {
        var brief = ContentSamples.Insurer with { Constraints = ["Findings due before the autumn audit committee"] };
        var request = ContentSamples.Request(sections: ["Technical Infrastructure", "Next Steps"], brief: brief);

        var markdown = ContentSamples.Library.Compose(request).Markdown;
        var infrastructure = Section(markdown, "Technical Infrastructure");
        var nextSteps = Section(markdown, "Next Steps");

        Assert.DoesNotContain("autumn audit committee", infrastructure, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("autumn audit committee", nextSteps, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Compose_ConstraintOfNoTopic_InFindings_PointsAtNoRecommendationAbove()
    {
        // A constraint no topic's keywords match takes the catch-all note, whose home may be the draft's first
        // section: a note there once said "the recommendation above is written to meet it" with nothing above.
        var brief = ContentSamples.Insurer with { Constraints = ["Deliverables are written for a non-technical board"] };
        var placed = 0;
        var problems = new List<string>();
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var markdown = ContentSamples.Library.Compose(ContentSamples.Request(sections: ["Findings", "Recommendations"], brief: brief, seed: seed)).Markdown;
            var findings = Section(markdown, "Findings");
            if (!findings.Contains("non-technical board", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            placed++;
            if (findings.Contains("above", StringComparison.OrdinalIgnoreCase) && findings.Contains("recommendation", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"seed {seed}: {findings}");
            }
        }

        Assert.True(placed >= 20, $"the catch-all note reached Findings in only {placed} of 40 seeds");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Compose_TwoConstraintsOfOneTopic_NeverTheSameSentenceWithAnotherParenthesis()
    {
        // Drawn independently, two notes of one topic sometimes came out word for word alike but for the constraint.
        var brief = ContentSamples.Insurer with { Constraints = ["Obligations under the harbour licence are mapped first", "Internal audit can test every quayside control"] };
        var alike = new List<ulong>();
        for (ulong seed = 1; seed <= 300; seed++)
        {
            var markdown = ContentSamples.Library.Compose(ContentSamples.Request(sections: ["Regulatory Posture", "Controls"], brief: brief, seed: seed)).Markdown;
            var notes = markdown.Split("\n\n").Where(p => p.Contains("harbour licence", StringComparison.OrdinalIgnoreCase) || p.Contains("quayside", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.Equal(2, notes.Count);
            if (Shape(notes[0]) == Shape(notes[1]))
            {
                alike.Add(seed);
            }
        }

        Assert.True(alike.Count == 0, "seeds with both notes alike: " + string.Join(", ", alike));
    }

    // A note without its restated constraint (the parenthesis) and citations.
    private static string Shape(string note) => System.Text.RegularExpressions.Regex.Replace(note, @"\([^)]*\)|\[S\d+\]", string.Empty).Trim();

    [Fact]
    public void Compose_DecisionReservedForPeople_AddressedAsOversightNotAsAccessToPeople()
    {
        // "Buyers keep final say" names people, but it is about who decides, not about whom we may interview.
        var brief = ContentSamples.Insurer with { Constraints = ["Adjusters keep final say on every settlement during the pilot"] };
        var request = ContentSamples.Request(sections: ["Scope Boundaries", "Training"], brief: brief);

        var markdown = ContentSamples.Library.Compose(request).Markdown;
        var scope = Section(markdown, "Scope Boundaries");

        Assert.Contains("every settlement", scope, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("every settlement", Section(markdown, "Training"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("interview", scope, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Compose_ConstraintWithAMatchingSection_StatedOncePerDraft()
    {
        var brief = ContentSamples.Insurer with { Constraints = ["Customer data may not leave the region's data centres"] };
        var request = ContentSamples.Request(sections: ["Data Maturity", "Data Flows", "Data Governance"], brief: brief);

        var flat = BriefRun.Flat(ContentSamples.Library.Compose(request).Markdown);

        Assert.Equal(1, BriefRun.Count(flat, "data centres"));
        Assert.Equal(0, BriefRun.Count(flat, BriefRun.Flat("Customer data may not leave the region's data centres")));
    }

    [Fact]
    public void Compose_TwoConstraintsOfOneTopicAndTwoFittingSections_OneNoteInEach()
    {
        // Two regulatory notes in a row under one heading read as one note said twice.
        var brief = ContentSamples.Insurer with { Constraints = ["Obligations under the harbour licence are mapped first", "Internal audit can test every quayside control"] };
        var request = ContentSamples.Request(sections: ["Regulatory Posture", "Controls"], brief: brief);

        var markdown = ContentSamples.Library.Compose(request).Markdown;

        Assert.Contains("harbour licence", Section(markdown, "Regulatory Posture"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("harbour licence", Section(markdown, "Controls"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("quayside", Section(markdown, "Controls"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("quayside", Section(markdown, "Regulatory Posture"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Compose_TwoConstraintsOfOneTopicAndOneFittingSection_OnlyTheFirstThere()
    {
        // Guards the test above: with one fitting section the first note goes to it and the second is left to
        // deliverables with room for it, rather than piled under the same heading.
        var brief = ContentSamples.Insurer with { Constraints = ["Obligations under the harbour licence are mapped first", "Internal audit can test every quayside control"] };
        var request = ContentSamples.Request(sections: ["Regulatory Posture", "Next Steps"], brief: brief);

        var markdown = ContentSamples.Library.Compose(request).Markdown;

        Assert.Contains("harbour licence", Section(markdown, "Regulatory Posture"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("quayside", markdown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Compose_ThreeConstraintsForTwoFittingSections_OneNoteEachAndEveryKindOfConstraintAddressed()
    {
        // The governance deliverables carried two or three notes under one heading (a compliance map's gaps
        // section: both regulatory conditions and the deadline). One note a section; the deadline, the only
        // timing constraint, takes the section it fits before the second regulatory one does.
        var brief = ContentSamples.Insurer with
        {
            Constraints = ["Obligations under the harbour licence are mapped first", "Internal audit can test every quayside control", "Framework adopted within the financial year"],
        };
        var request = ContentSamples.Request(sections: ["Regulatory Posture", "Gaps and Remediation"], brief: brief);

        var markdown = ContentSamples.Library.Compose(request).Markdown;
        var regulatory = Section(markdown, "Regulatory Posture");
        var gaps = Section(markdown, "Gaps and Remediation");

        Assert.Contains("harbour licence", regulatory, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("financial year", gaps, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("harbour licence", gaps, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("financial year", regulatory, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("quayside", markdown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Compose_FirstConstraintTakesTheOnlySectionTheSecondFits_FirstMovesToItsOtherSection()
    {
        // The deadline fits the gaps section and the next steps, the licence only the gaps: the deadline, placed
        // first, gives way rather than leave the licence without a section.
        var brief = ContentSamples.Insurer with { Constraints = ["Framework adopted within the financial year", "Obligations under the harbour licence are mapped first"] };
        var request = ContentSamples.Request(sections: ["Gaps and Remediation", "Next Steps"], brief: brief);

        var markdown = ContentSamples.Library.Compose(request).Markdown;

        Assert.Contains("harbour licence", Section(markdown, "Gaps and Remediation"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("financial year", Section(markdown, "Next Steps"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("financial year", Section(markdown, "Gaps and Remediation"), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_SeedsOneToTen_AtMostOneConstraintNoteASectionAndNoConstraintTwiceADocument(string firm, string briefPath)
    {
        // A note holds its constraint as the firm restates it; the content's own sentences on the same subject do not.
        var shipped = ShippedBriefRun.Load(firm, briefPath);
        var data = ContentLoader.Load(RepoFiles.PromptsDirectory, RepoFiles.Combine(firm));
        var said = shipped.Brief.Constraints.ToDictionary(c => c, c => BriefRun.Flat(ConstraintNotes.Restate(data, c)), StringComparer.Ordinal);
        var problems = new List<string>();
        var found = 0;

        for (ulong seed = 1; seed <= 10; seed++)
        {
            foreach (var (deliverable, markdown) in shipped.Run(seed))
            {
                var addressed = new List<string>();
                foreach (var section in markdown.Split("\n## ").Skip(1))
                {
                    var flat = BriefRun.Flat(section);
                    var notes = said.Where(p => flat.Contains(p.Value, StringComparison.Ordinal)).Select(p => p.Key).ToList();
                    if (notes.Count > 1)
                    {
                        problems.Add($"seed {seed}, {deliverable}, {section.Split('\n')[0]}: {notes.Count} constraint notes");
                    }

                    addressed.AddRange(notes);
                }

                found += addressed.Count;
                problems.AddRange(addressed.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => $"seed {seed}, {deliverable}: '{g.Key}' addressed in {g.Count()} sections"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(found >= 10 * shipped.Brief.Constraints.Count, $"Only {found} constraint notes found in 10 runs: the check reads none.");
    }

    [Fact]
    public void Identifies_SentenceAboutAnotherConstraint_IsFalse()
    {
        // Guards the check above: a sentence that names other things does not count as addressing the constraint.
        Assert.False(Identifies(" the board meets in spring to approve the budget ", "Customer data may not leave Canadian data centres"));
        Assert.True(Identifies(" customer data cannot leave canadian data centres ", "Customer data may not leave Canadian data centres"));
    }

    // A sentence addresses a constraint when it holds at least two thirds of the constraint's identifying words.
    private static bool Identifies(string flatSentence, string constraint)
    {
        var words = BriefRun.Flat(constraint).Split(' ').Where(w => w.Length >= 4 && !Filler.Contains(w)).Distinct().ToList();
        return words.Count > 0 && words.Count(w => flatSentence.Contains(" " + w + " ", StringComparison.Ordinal)) * 3 >= words.Count * 2;
    }

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("## " + heading, StringComparison.Ordinal);
        var end = markdown.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }
}
