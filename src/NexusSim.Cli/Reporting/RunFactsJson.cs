using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NexusSim.Cli.Reporting;

/// <summary>The JSON shape of <see cref="RunFacts"/> in run.db (snake_case, enums as strings).</summary>
internal static class RunFactsJson
{
    /// <summary>The step key and kind of the facts step.</summary>
    public const string StepKey = "run-facts";

    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(RunFacts facts) => JsonSerializer.Serialize(facts, Options);

    public static RunFacts? Deserialize(string json) => JsonSerializer.Deserialize<RunFacts>(json, Options);
}
