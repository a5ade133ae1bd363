using Microsoft.ML.Tokenizers;

namespace NexusSim.Agents.Metering;

/// <summary>Counts tokens with the o200k encoding (built once per process: it takes most of a second).</summary>
public static class TokenCounter
{
    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForModel("gpt-4o"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The number of o200k tokens in <paramref name="text"/>.</summary>
    public static int Count(string? text) => string.IsNullOrEmpty(text) ? 0 : Tokenizer.Value.CountTokens(text);
}
