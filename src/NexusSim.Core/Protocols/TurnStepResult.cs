using System.Text.Json.Serialization;

namespace NexusSim.Core.Protocols;

/// <summary>
/// What a committed turn step records in the journal: the turn, the model's final text, and where
/// the turn sat on the simulated clock with what it cost, so a report can be rebuilt from the
/// journal alone. Field names are the journal's JSON names.
/// </summary>
public sealed record TurnStepResult
{
    /// <summary>Records <paramref name="result"/> of <paramref name="turn"/>, run from <paramref name="started"/> to <paramref name="ended"/>.</summary>
    public TurnStepResult(AgentTurn turn, TurnResult result, DateTimeOffset started, DateTimeOffset ended)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(result);
        Turn = turn.TurnId;
        Actor = turn.ActorId;
        Task = turn.Task;
        Text = result.Text;
        Deliverable = turn.DeliverableId;
        Gate = turn.GateId;
        Attempt = turn.Attempt;
        Lane = turn.Lane;
        StartedAt = started;
        EndedAt = ended;
        LlmCalls = result.Usage.LlmCalls;
        PromptTokens = result.Usage.PromptTokens;
        CompletionTokens = result.Usage.CompletionTokens;
    }

    /// <summary>For deserialization.</summary>
    [JsonConstructor]
    public TurnStepResult()
    {
    }

    /// <summary>The turn id (its step key).</summary>
    [JsonPropertyName("turn")]
    public string Turn { get; init; } = string.Empty;

    /// <summary>The acting agent.</summary>
    [JsonPropertyName("actor")]
    public string Actor { get; init; } = string.Empty;

    /// <summary>The task kind.</summary>
    [JsonPropertyName("task")]
    public string Task { get; init; } = string.Empty;

    /// <summary>The model's final text.</summary>
    [JsonPropertyName("text")]
    public string Text { get; init; } = string.Empty;

    /// <summary>The deliverable worked on (empty for engagement-level turns).</summary>
    [JsonPropertyName("deliverable")]
    public string Deliverable { get; init; } = string.Empty;

    /// <summary>The gate under review, if any.</summary>
    [JsonPropertyName("gate")]
    public string? Gate { get; init; }

    /// <summary>The 1-based attempt.</summary>
    [JsonPropertyName("attempt")]
    public int Attempt { get; init; }

    /// <summary>The lane on the simulated clock.</summary>
    [JsonPropertyName("lane")]
    public string Lane { get; init; } = string.Empty;

    /// <summary>Simulated start of the turn.</summary>
    [JsonPropertyName("started_at")]
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Simulated end of the turn.</summary>
    [JsonPropertyName("ended_at")]
    public DateTimeOffset EndedAt { get; init; }

    /// <summary>Model calls the turn made.</summary>
    [JsonPropertyName("llm_calls")]
    public int LlmCalls { get; init; }

    /// <summary>Prompt tokens the turn sent.</summary>
    [JsonPropertyName("prompt_tokens")]
    public long PromptTokens { get; init; }

    /// <summary>Completion tokens the turn received.</summary>
    [JsonPropertyName("completion_tokens")]
    public long CompletionTokens { get; init; }
}
