namespace NexusSim.Core.Briefs;

/// <summary>
/// The fields a firm's briefs carry. The engine's own fields (<see cref="Engine"/>) are always
/// known; a firm's <c>brief-schema.yaml</c> (<see cref="FileName"/>, beside its manifest) may make
/// an optional engine field required and add fields of its own (text, integer or list).
/// </summary>
public sealed class BriefSchema
{
    /// <summary>The file a firm's brief schema is read from, in the manifest's folder.</summary>
    public const string FileName = "brief-schema.yaml";

    /// <summary>Fields the engine reads and every brief must give.</summary>
    public static readonly IReadOnlyList<BriefFieldSpec> EngineRequired =
    [
        new("client", BriefFieldType.Text, true),
        new("industry", BriefFieldType.Text, true),
        new("region", BriefFieldType.Text, true),
        new("headcount", BriefFieldType.Integer, true),
        new("situation", BriefFieldType.Text, true),
        new("constraints", BriefFieldType.List, true),
        new("budget_usd", BriefFieldType.Integer, true),
    ];

    /// <summary>Fields the engine reads when a brief gives them (a firm's schema may require them).</summary>
    public static readonly IReadOnlyList<BriefFieldSpec> EngineOptional =
    [
        new("service_line", BriefFieldType.Text, false),
        new("fee_usd", BriefFieldType.Integer, false),
        new("risk", BriefFieldType.Text, false),
        new("stalled_pilot", BriefFieldType.Text, false),
    ];

    /// <summary>The engine's schema alone: what a firm without <c>brief-schema.yaml</c> accepts.</summary>
    public static BriefSchema Engine { get; } = new([.. EngineRequired, .. EngineOptional], null);

    /// <summary>A schema of <paramref name="fields"/>, read from <paramref name="sourceFile"/> (null for the engine's).</summary>
    public BriefSchema(IReadOnlyList<BriefFieldSpec> fields, string? sourceFile)
    {
        Fields = fields ?? throw new ArgumentNullException(nameof(fields));
        SourceFile = sourceFile;
    }

    /// <summary>Every field, engine fields first.</summary>
    public IReadOnlyList<BriefFieldSpec> Fields { get; }

    /// <summary>The schema file, or null for the engine's own schema.</summary>
    public string? SourceFile { get; }

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public BriefFieldSpec? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>True for a field the engine itself reads.</summary>
    public static bool IsEngineField(string name) =>
        EngineRequired.Any(f => f.Name == name) || EngineOptional.Any(f => f.Name == name);
}
