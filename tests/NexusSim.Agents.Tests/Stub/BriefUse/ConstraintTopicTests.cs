using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.BriefUse;

/// <summary>
/// Each shipped brief's constraint is addressed with its own topic's words: a feed that lags is not a
/// residency rule to "stay inside", a works council is not a limit on interview time.
/// </summary>
public sealed class ConstraintTopicTests
{
    private static readonly LibraryData Data = ContentLoader.Load(RepoFiles.PromptsDirectory, RepoFiles.Combine("agents"));

    [Theory]
    [InlineData("Customer data may not leave Canadian data centres", "data")]
    [InlineData("Point-of-sale data arrives with a one-day lag", "feed")]
    [InlineData("Works council consultation needed before changes to claims handlers' roles", "consultation")]
    [InlineData("Interviews limited to four hours per executive", "people")]
    [InlineData("Buyers keep final say on every order during the pilot", "oversight")]
    [InlineData("Must map obligations under the EU AI Act and national insurance rules", "regulation")]
    [InlineData("Pilot limited to one region of 22 stores", "scope")]
    [InlineData("Findings must reach the board before its spring budget meeting", "timing")]
    [InlineData("Must run through the back-to-school season without disrupting stores", "peak period")]
    [InlineData("Every agent action on a patient record must be logged for clinical safety review", "regulation")]
    [InlineData("Clinicians sign every discharge pack; nothing reaches a patient unsigned", "oversight")]
    [InlineData("Must integrate with the existing electronic patient record without replacing it", "integration")]
    [InlineData("Patient data must stay in the UK and in the trust's own cloud tenancy", "data")]
    [InlineData("Union agreement required before any change to dispatchers' duties", "agreement")]
    [InlineData("Capital spending is approved once a year, in the autumn", "approval cycle")]
    [InlineData("Customer data shared with carriers must follow the federal privacy law", "data")]
    [InlineData("Bilingual (English and French) materials for every depot", "language")]
    public void Topic_ShippedConstraint_IsItsOwnTopic(string constraint, string topic) =>
        Assert.Equal(topic, ConstraintNotes.Topic(Data, constraint)?.Name);
}
