namespace NexusSim.Cli.Hosting;

/// <summary>Which model answers (section NexusSim:Llm). The API key is read from an environment variable, never from a file.</summary>
internal sealed class LlmOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "NexusSim:Llm";

    /// <summary>The offline stub.</summary>
    public const string Stub = "stub";

    /// <summary>Any OpenAI-compatible chat-completions endpoint.</summary>
    public const string OpenAi = "openai";

    /// <summary>Providers known.</summary>
    public static IReadOnlyList<string> Providers { get; } = [Stub, OpenAi];

    /// <summary>stub or openai.</summary>
    public string Provider { get; set; } = Stub;

    /// <summary>Base URL of an OpenAI-compatible endpoint (empty: api.openai.com).</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>Name of the environment variable holding the API key.</summary>
    public string ApiKeyVariable { get; set; } = "NEXUSSIM_API_KEY";

    /// <summary>Per-call timeout.</summary>
    public int TimeoutSeconds { get; set; } = 120;
}
