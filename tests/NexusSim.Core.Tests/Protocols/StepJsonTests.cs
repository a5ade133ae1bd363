using System.Text.Json;
using NexusSim.Core.Protocols;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>A turn step's journal JSON is the same whether written by the generated serializer or by reflection.</summary>
public sealed class StepJsonTests
{
    [Theory]
    [InlineData("plain answer", null)]
    [InlineData("quotes \" and \\ and <tags> & 'apostrophes' + plus", "G1")]
    [InlineData("non-ASCII — é € 😀 and control \u0001\n\t", "G2")]
    [InlineData("", "")]
    public void Serialize_TurnStep_SameAsReflection(string text, string? gate)
    {
        var step = new TurnStepResult
        {
            Turn = "0007-draft",
            Actor = "analyst",
            Task = "draft",
            Text = text,
            Deliverable = "D1",
            Gate = gate,
            Attempt = 2,
            Lane = "main",
            StartedAt = new DateTimeOffset(2026, 1, 5, 9, 30, 0, TimeSpan.Zero),
            EndedAt = new DateTimeOffset(2026, 1, 5, 11, 45, 12, 345, TimeSpan.FromHours(1)),
            LlmCalls = 3,
            PromptTokens = 12_345_678_901,
            CompletionTokens = 42,
        };

        var generated = JsonSerializer.Serialize(step, StepJson.Default.TurnStepResult);

        Assert.Equal(JsonSerializer.Serialize((object)step), generated);
        Assert.Equal(step, JsonSerializer.Deserialize<TurnStepResult>(generated));
    }
}
