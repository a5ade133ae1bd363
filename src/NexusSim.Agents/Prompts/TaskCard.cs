using System.Globalization;
using System.Text;

namespace NexusSim.Agents.Prompts;

/// <summary>
/// The machine-readable summary of a turn's task at the head of its prompt: <c>key: value</c> lines
/// under a <c>## Task card</c> heading. A real model reads it as part of the instructions; the stub
/// reads only it (and the rest of the messages), as a model would.
/// </summary>
public sealed record TaskCard
{
    /// <summary>The heading that starts the card.</summary>
    public const string Heading = "## Task card";

    /// <summary>Separator of list values.</summary>
    public const string ListSeparator = "; ";

    /// <summary>The turn id.</summary>
    public required string Turn { get; init; }

    /// <summary>The acting actor's id.</summary>
    public required string Actor { get; init; }

    /// <summary>The task kind.</summary>
    public required string Task { get; init; }

    /// <summary>The step mode (plan, author, edit, review, approve), lower case.</summary>
    public required string Mode { get; init; }

    /// <summary>The service line id.</summary>
    public required string ServiceLine { get; init; }

    /// <summary>The service line's name.</summary>
    public string ServiceLineName { get; init; } = string.Empty;

    /// <summary>The service line's duration in weeks, as the manifest gives it (0 when unknown).</summary>
    public int ServiceLineWeeks { get; init; }

    /// <summary>The deliverable id (empty at intake).</summary>
    public string DeliverableId { get; init; } = string.Empty;

    /// <summary>The deliverable type's name.</summary>
    public string Deliverable { get; init; } = string.Empty;

    /// <summary>The name of the service-line phase the deliverable is written in (empty when the manifest does not say).</summary>
    public string Phase { get; init; } = string.Empty;

    /// <summary>True when that phase is at or after the line's first live phase: the work may describe live operation.</summary>
    public bool Live { get; init; }

    /// <summary>Who authors the deliverable.</summary>
    public string Author { get; init; } = string.Empty;

    /// <summary>The gate under review, if any.</summary>
    public string GateId { get; init; } = string.Empty;

    /// <summary>The 1-based attempt.</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>Content hash of the version the task works on, if any.</summary>
    public string VersionHash { get; init; } = string.Empty;

    /// <summary>The engagement's fee or budget in US dollars.</summary>
    public decimal BudgetUsd { get; init; }

    /// <summary>Required sections of the deliverable.</summary>
    public IReadOnlyList<string> RequiredSections { get; init; } = [];

    /// <summary>Fields every handoff states.</summary>
    public IReadOnlyList<string> HandoffFields { get; init; } = [];

    /// <summary>Glossary: each entry is <c>term = variant | variant</c>.</summary>
    public IReadOnlyList<string> Glossary { get; init; } = [];

    /// <summary>The deterministic checks the gate under review applies (lower case), if any.</summary>
    public IReadOnlyList<string> GateChecks { get; init; } = [];

    /// <summary>The escalation this turn decides, if any.</summary>
    public string EscalationId { get; init; } = string.Empty;

    /// <summary>The options an escalation may be decided with.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>The next actor in the chain, if any.</summary>
    public string Next { get; init; } = string.Empty;

    /// <summary>Renders the card.</summary>
    public string Render() => Build().ToString();

    /// <summary>The card followed by a blank line, as a prompt sends it (one string, not the card and a copy).</summary>
    internal string RenderAsPromptPart() => Build().Append('\n').ToString();

    private StringBuilder Build()
    {
        // Sized for a card with a full glossary, so that it is built without growing; written field by
        // field (a card is rendered for every turn).
        var text = new StringBuilder(2048);
        text.AppendLine(Heading);
        AppendField(text, "turn", Turn);
        AppendField(text, "actor", Actor);
        AppendField(text, "task", Task);
        AppendField(text, "mode", Mode);
        AppendField(text, "service_line", ServiceLine);
        AppendField(text, "service_line_name", ServiceLineName);
        if (ServiceLineWeeks > 0)
        {
            text.Append("service_line_weeks: ").Append(ServiceLineWeeks.ToString(CultureInfo.InvariantCulture)).AppendLine();
        }

        text.Append("budget_usd: ").Append(BudgetUsd.ToString("0", CultureInfo.InvariantCulture)).AppendLine();
        AppendField(text, "deliverable_id", DeliverableId);
        AppendField(text, "deliverable", Deliverable);
        AppendField(text, "author", Author);
        AppendField(text, "phase", Phase);
        AppendField(text, "live", Live ? "yes" : "no");
        AppendField(text, "gate_id", GateId);
        text.Append("attempt: ").Append(Attempt.ToString(CultureInfo.InvariantCulture)).AppendLine();
        AppendField(text, "version_hash", VersionHash);
        AppendField(text, "next", Next);
        AppendList(text, "required_sections", RequiredSections);
        AppendList(text, "handoff_fields", HandoffFields);
        AppendList(text, "glossary", Glossary);
        AppendList(text, "gate_checks", GateChecks);
        AppendField(text, "escalation_id", EscalationId);
        AppendList(text, "options", Options);
        return text;
    }

    /// <summary>Reads the card out of a prompt, or null when the prompt carries none.</summary>
    public static TaskCard? Parse(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var values = TaskCardReader.Read(prompt, Heading);
        if (values is null || !values.ContainsKey("turn") || !values.ContainsKey("actor"))
        {
            return null;
        }

        string Get(string key) => values.TryGetValue(key, out var v) ? v : string.Empty;
        IReadOnlyList<string> List(string key) => Get(key).Split(ListSeparator.Trim(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new TaskCard
        {
            Turn = Get("turn"),
            Actor = Get("actor"),
            Task = Get("task"),
            Mode = Get("mode"),
            ServiceLine = Get("service_line"),
            ServiceLineName = Get("service_line_name"),
            ServiceLineWeeks = int.TryParse(Get("service_line_weeks"), NumberStyles.None, CultureInfo.InvariantCulture, out var weeks) ? weeks : 0,
            DeliverableId = Get("deliverable_id"),
            Deliverable = Get("deliverable"),
            Author = Get("author"),
            Phase = Get("phase"),
            Live = Get("live") == "yes",
            GateId = Get("gate_id"),
            Attempt = int.TryParse(Get("attempt"), NumberStyles.None, CultureInfo.InvariantCulture, out var attempt) ? attempt : 1,
            VersionHash = Get("version_hash"),
            BudgetUsd = decimal.TryParse(Get("budget_usd"), NumberStyles.Number, CultureInfo.InvariantCulture, out var budget) ? budget : 0,
            RequiredSections = List("required_sections"),
            HandoffFields = List("handoff_fields"),
            Glossary = List("glossary"),
            Next = Get("next"),
            GateChecks = List("gate_checks"),
            EscalationId = Get("escalation_id"),
            Options = List("options"),
        };
    }

    private static void AppendField(StringBuilder text, string key, string value) => text.Append(key).Append(": ").AppendLine(value);

    // The same as appending string.Join(ListSeparator, values), without the joined string.
    private static void AppendList(StringBuilder text, string key, IReadOnlyList<string> values)
    {
        text.Append(key).Append(": ");
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                text.Append(ListSeparator);
            }

            text.Append(values[i]);
        }

        text.AppendLine();
    }
}
