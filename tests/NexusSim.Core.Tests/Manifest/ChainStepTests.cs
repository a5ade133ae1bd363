using NexusSim.Core.Manifest;

namespace NexusSim.Core.Tests.Manifest;

public sealed class ChainStepTests
{
    private static ChainStep Pool(params string[] actors) =>
        new(actors[0], "gate_review", StepMode.Review, SourceLocation.None) { Pool = actors };

    [Theory]
    [InlineData(1, "a")]
    [InlineData(2, "c")]
    [InlineData(3, "a")]
    [InlineData(4, "c")]
    public void ActorFor_OneActorNotEligible_RotatesOverTheOthersInPoolOrder(int attempt, string expected)
    {
        var step = Pool("a", "b", "c");

        Assert.Equal(expected, step.ActorFor(attempt, actor => actor != "b"));
    }

    [Theory]
    [InlineData(1, "a")]
    [InlineData(2, "b")]
    [InlineData(4, "a")]
    public void ActorFor_NoneEligible_TheDeclaredRotation(int attempt, string expected)
    {
        var step = Pool("a", "b", "c");

        Assert.Equal(expected, step.ActorFor(attempt, _ => false));
    }

    [Fact]
    public void ActorFor_FirstActorNotEligibleOnASingleActorStep_StillThatActor()
    {
        var step = new ChainStep("solo", "gate_review", StepMode.Review, SourceLocation.None);

        Assert.Equal("solo", step.ActorFor(2, _ => false));
    }

    [Fact]
    public void ActorFor_EveryoneEligible_SameAsThePlainRotation()
    {
        var step = Pool("a", "b", "c");

        Assert.All(Enumerable.Range(1, 7), attempt => Assert.Equal(step.ActorFor(attempt), step.ActorFor(attempt, _ => true)));
    }
}
