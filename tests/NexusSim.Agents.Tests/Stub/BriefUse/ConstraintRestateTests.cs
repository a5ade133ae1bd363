using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.BriefUse;

/// <summary>
/// Issue 9 item 3: a constraint is stated in the firm's words. Every constraint of the shipped briefs, and
/// constraints of the kinds briefs typically set (budget caps, timelines, regulators, data residency, works
/// councils and unions, board reporting), meets a <c># restate:</c> rule, so none is quoted as written.
/// </summary>
public sealed class ConstraintRestateTests
{
    private static readonly Lazy<LibraryData> Data = new(() => ContentLoader.Load(RepoFiles.PromptsDirectory));

    public static TheoryData<string> TypicalConstraints => new()
    {
        "Total spend must not exceed the approved budget",
        "Budget capped at two million dollars",
        "No more than three vendors in the first year",
        "Results due by the end of the third quarter",
        "Roadmap must be delivered within twelve weeks",
        "Must comply with the regulator's outsourcing guideline",
        "Work subject to the supervisor's model risk guidance",
        "Patient records must stay in the province",
        "Personal data must be stored in EU data centres",
        "Union consultation required before any change to shift patterns",
        "Works council approval needed for new monitoring tools",
        "Staff representatives must be consulted on role changes",
        "Progress must be reported to the board every quarter",
        "Board approval required for spend above the programme budget",
    };

    [Theory]
    [MemberData(nameof(ShippedConstraints))]
    public void Restate_ShippedBriefConstraint_IsNotQuotedAsWritten(string constraint)
    {
        var said = ConstraintNotes.Restate(Data.Value, constraint);

        Assert.NotEqual(BriefRun.Flat(constraint), BriefRun.Flat(said));
    }

    [Theory]
    [MemberData(nameof(TypicalConstraints))]
    public void Restate_TypicalConstraint_IsNotQuotedAsWritten(string constraint)
    {
        var said = ConstraintNotes.Restate(Data.Value, constraint);

        Assert.NotEqual(BriefRun.Flat(constraint), BriefRun.Flat(said));
    }

    [Theory]
    [MemberData(nameof(ShippedConstraints))]
    public void Restate_ShippedBriefConstraint_NeitherStiffNorSubjectless(string constraint)
    {
        var said = " " + BriefRun.Flat(ConstraintNotes.Restate(Data.Value, constraint)) + " ";

        // "shall" reads as a contract clause; a restatement opening on a verb has lost its subject.
        Assert.DoesNotContain(" shall ", said, StringComparison.Ordinal);
        Assert.False(said.StartsWith(" must ", StringComparison.Ordinal) || said.StartsWith(" will ", StringComparison.Ordinal), said);
    }

    [Theory]
    [InlineData("Must map obligations under the EU AI Act", "the work will map the obligations under the EU AI Act")]
    [InlineData("The framework must map obligations under the EU AI Act", "the framework will map the obligations under the EU AI Act")]
    [InlineData("Must run through the holiday season", "the work will run through the holiday season")]
    [InlineData("Store teams must run through the new checklist", "store teams will run through the new checklist")]
    [InlineData("Must not exceed the approved budget", "the work will stay under the approved budget")]
    [InlineData("Must integrate with the existing patient record without replacing it", "the work will integrate with the existing patient record without replacing it")]
    [InlineData("Must connect to the existing patient record", "the work will need to connect to the existing patient record")]
    [InlineData("Agents must connect to the existing patient record", "agents will need to connect to the existing patient record")]
    public void Restate_ConstraintWithOrWithoutASubject_ReadsAsASentenceEitherWay(string constraint, string expected)
    {
        // A rule written for "X must …" must not leave "must …" subjectless, nor add a subject where one stands.
        Assert.Equal(expected, ConstraintNotes.Restate(Data.Value, constraint));
    }

    [Theory]
    [InlineData("Bilingual (English and French) materials for every depot", "bilingual — English and French — materials are needed for every depot")]
    [InlineData("Data stays in the EU (Frankfurt region)", "data stays in the EU — Frankfurt region")]
    [InlineData("Reports (weekly), in plain language", "reports — weekly, in plain language")]
    public void Restate_ConstraintWithBrackets_ReadsWithoutThemInsideTheNotesBrackets(string constraint, string expected)
    {
        // Every note puts the restated constraint in brackets; brackets of its own would nest.
        var said = ConstraintNotes.Restate(Data.Value, constraint);

        Assert.Equal(expected, said);
        Assert.DoesNotContain('(', said);
        Assert.DoesNotContain(')', said);
    }

    [Fact]
    public void Restate_ConstraintNoRuleFits_IsQuotedAsWritten()
    {
        // Guards the checks above: a sentence no rule's words occur in comes back unchanged (first letter lowered).
        const string constraint = "Harbour cranes idle on Sundays";

        Assert.Equal(BriefRun.Flat(constraint), BriefRun.Flat(ConstraintNotes.Restate(Data.Value, constraint)));
    }

    public static TheoryData<string> ShippedConstraints()
    {
        var data = new TheoryData<string>();
        foreach (var row in ShippedBriefRun.ShippedBriefs)
        {
            foreach (var constraint in ShippedBriefRun.Load((string)row[0], (string)row[1]).Brief.Constraints)
            {
                data.Add(constraint);
            }
        }

        return data;
    }
}
