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
    public void Topic_ShippedConstraint_IsItsOwnTopic(string constraint, string topic) =>
        Assert.Equal(topic, ConstraintNotes.Topic(Data, constraint)?.Name);
}
