using Microsoft.Extensions.AI;
using NexusSim.Cli.Benchmarks;

namespace NexusSim.Cli.Tests.Benchmarks;

/// <summary>
/// The overhead replay's requests: equal to the recorded ones, new where the pipeline makes new objects
/// every engagement, shared where one engagement shares them, and kept where they outlive an engagement.
/// </summary>
public sealed class ReplayCopierTests
{
    private const string Identity = "# Veda, Chief Strategy Officer";

    // One engagement's two calls of one turn, as the pipeline sends them: the turn's messages shared by
    // both calls, the identity text the same instance in every engagement, the prompt new in each.
    private static List<RecordedRequest> Engagement(string identity, string suffix)
    {
        var system = new ChatMessage(ChatRole.System, identity);
        var user = new ChatMessage(ChatRole.User, string.Concat("## Task card\nturn: t1", suffix));
        var call = new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("c1", "firm_submit_deliverable", new Dictionary<string, object?> { ["deliverable_id"] = "d1" })]);
        var result = new ChatMessage(ChatRole.Tool, [new FunctionResultContent("c1", string.Concat("OK ", "submitted"))]);
        // One actor's options and tool list, sent with every call of its turns.
        var options = new ChatOptions { ModelId = "stub", Tools = [AIFunctionFactory.Create(() => "ok", "firm_submit_deliverable")] };
        return
        [
            new([system, user], options),
            new([system, user, call, result], options),
        ];
    }

    [Fact]
    public void Round_EqualRequests_NewWhereNewEachEngagementSharedWithinTheRoundAndLastingKept()
    {
        var recorded = Engagement(Identity, "\n");
        var copier = new ReplayCopier(recorded, Engagement(Identity, "\n"));

        var round = copier.Round(recorded);

        Assert.Equal(1, copier.Lasting);
        Assert.Equal(recorded.Select(r => r.Messages.Select(m => (m.Role, m.Text))), round.Select(r => r.Messages.Select(m => (m.Role, m.Text))));
        // The identity text outlives an engagement: kept, though its message is new.
        Assert.Same(recorded[0].Messages[0].Text, round[0].Messages[0].Text);
        Assert.NotSame(recorded[0].Messages[0], round[0].Messages[0]);
        // The prompt is new in every engagement: a new string, shared by the turn's two calls as recorded.
        var prompt = ((TextContent)round[0].Messages[1].Contents[0]).Text;
        Assert.NotSame(((TextContent)recorded[0].Messages[1].Contents[0]).Text, prompt);
        Assert.Same(round[0].Messages[1], round[1].Messages[1]);
        // Tool calls and results: equal, new objects.
        var call = Assert.IsType<FunctionCallContent>(Assert.Single(round[1].Messages[2].Contents));
        Assert.Equal(("c1", "firm_submit_deliverable", "d1"), (call.CallId, call.Name, (string?)call.Arguments!["deliverable_id"]));
        Assert.NotSame(recorded[1].Messages[2].Contents[0], call);
        var result = Assert.IsType<FunctionResultContent>(Assert.Single(round[1].Messages[3].Contents));
        Assert.Equal("OK submitted", result.Result);
        Assert.NotSame(((FunctionResultContent)recorded[1].Messages[3].Contents[0]).Result, result.Result);
        Assert.Equal("stub", round[0].Options!.ModelId);
        // The options and their tool list: one copy for the round, shared by both calls as recorded.
        Assert.NotSame(recorded[0].Options, round[0].Options);
        Assert.Same(round[0].Options, round[1].Options);
        Assert.NotSame(recorded[0].Options!.Tools, round[0].Options!.Tools);
        Assert.Equal("firm_submit_deliverable", Assert.Single(round[0].Options!.Tools!).Name);
    }

    [Fact]
    public void Round_TwoRounds_ShareNothingNewWithEachOther()
    {
        var recorded = Engagement(Identity, "\n");
        var copier = new ReplayCopier(recorded, Engagement(Identity, "\n"));

        var first = copier.Round(recorded);
        var second = copier.Round(recorded);

        Assert.NotSame(first[0].Messages[1], second[0].Messages[1]);
        Assert.NotSame(first[0].Options, second[0].Options);
        Assert.NotSame(((TextContent)first[0].Messages[1].Contents[0]).Text, ((TextContent)second[0].Messages[1].Contents[0]).Text);
    }

    [Fact]
    public void Constructor_IdentityTextNewInTheSecondRecording_IsNotKept()
    {
        var recorded = Engagement(Identity, "\n");
        var copier = new ReplayCopier(recorded, Engagement(new string(Identity.AsSpan()), "\n"));

        var round = copier.Round(recorded);

        Assert.Equal(0, copier.Lasting);
        Assert.NotSame(recorded[0].Messages[0].Text, round[0].Messages[0].Text);
        Assert.Equal(Identity, round[0].Messages[0].Text);
    }
}
