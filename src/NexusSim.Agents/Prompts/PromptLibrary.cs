using System.Text.RegularExpressions;
using NexusSim.Agents.Memories;
using NexusSim.Core.Files;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Prompts;

/// <summary>
/// The task prompt templates: <c>prompts/tasks/&lt;task&gt;.md</c>. A firm may ship its own in
/// <c>&lt;manifest dir&gt;/prompts/tasks/</c> (looked up first); a task with no template of its own
/// uses the generic one for its step mode, <c>prompts/tasks/_&lt;mode&gt;.md</c>.
/// </summary>
public sealed partial class PromptLibrary
{
    /// <summary>Placeholders a template may use.</summary>
    public static readonly IReadOnlyList<string> Placeholders =
        ["firm", "actor", "actor_title", "task", "deliverable", "deliverable_id", "required_sections", "gate", "gate_id", "service_line", "client", "attempt", "rubric", "escalation_id", "options"];

    /// <summary>Largest template read.</summary>
    private const long MaxTemplateBytes = 256 * 1024;

    // Each template cut once, at load, into its text between placeholders and the placeholders' names:
    // a turn's prompt is then joined from them instead of running the placeholder pattern over the template.
    private readonly Dictionary<string, TemplatePart[]> _templates;

    // The prompt parts rendered so far, by task and the values of its template's placeholders (see Part).
    private readonly CappedMemory<RenderKey, string> _parts = new(MaxRememberedParts);

    private PromptLibrary(Dictionary<string, string> templates) =>
        _templates = templates.ToDictionary(t => t.Key, t => Parts(t.Value), templates.Comparer);

    /// <summary>At most this many rendered parts are remembered; then that memory is emptied and refilled.</summary>
    public const int MaxRememberedParts = 1024;

    /// <summary>How many rendered parts are remembered (for tests of the cap).</summary>
    internal int RememberedParts => _parts.Count;

    /// <summary>
    /// Loads the template of every task <paramref name="manifest"/> uses (its chains' tasks, intake and the escalation turn).
    /// </summary>
    /// <exception cref="PromptLibraryException">A template is missing or uses an unknown placeholder; the message names every problem with its file and line.</exception>
    public static PromptLibrary Load(string promptsDirectory, FirmManifest manifest, string intakeTask) =>
        Load(promptsDirectory, manifest, intakeTask, []);

    /// <summary>
    /// Loads the template of every task <paramref name="manifest"/> uses, plus the tasks a protocol adds (<paramref name="protocolTasks"/>).
    /// </summary>
    /// <exception cref="PromptLibraryException">A template is missing or uses an unknown placeholder; the message names every problem with its file and line.</exception>
    public static PromptLibrary Load(string promptsDirectory, FirmManifest manifest, string intakeTask, IEnumerable<ProtocolTask> protocolTasks)
    {
        ArgumentNullException.ThrowIfNull(promptsDirectory);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(protocolTasks);
        var tasks = manifest.Chains.SelectMany(c => c.Steps).Select(s => (s.Task, s.Mode)).Append((intakeTask, StepMode.Plan)).Append((ChainProtocol.EscalationTask, StepMode.Plan))
            .Concat(protocolTasks.Select(t => (t.Task, t.Mode))).Distinct();
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (task, mode) in tasks)
        {
            var candidates = new[]
            {
                Path.Combine(manifest.Directory, "prompts", "tasks", task + ".md"),
                Path.Combine(promptsDirectory, "tasks", task + ".md"),
                Path.Combine(promptsDirectory, "tasks", "_" + mode.ToString().ToLowerInvariant() + ".md"),
            };
            var file = candidates.FirstOrDefault(File.Exists);
            if (file is null)
            {
                problems.Add($"No prompt template for task '{task}': looked for {string.Join(", ", candidates)}. Add one of them.");
                continue;
            }

            var read = SafeFileReader.ReadText(file, Path.GetDirectoryName(Path.GetDirectoryName(file))!, MaxTemplateBytes);
            if (!read.Ok)
            {
                problems.Add($"Prompt template for task '{task}': {read.Message}");
                continue;
            }

            var text = read.Text!;
            problems.AddRange(CheckPlaceholders(file, text));
            templates.TryAdd(task, text);
        }

        return problems.Count == 0 ? new PromptLibrary(templates) : throw new PromptLibraryException(problems);
    }

    /// <summary>The template of <paramref name="task"/> with its placeholders filled from <paramref name="values"/>.</summary>
    public string Render(string task, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Render(Template(task), values);
    }

    /// <summary>
    /// The prompt part of <paramref name="task"/>: its template rendered with <paramref name="values"/>
    /// (<see cref="Render"/>), trailing white space cut, then a blank line. The same string for the same task
    /// and the same values of the placeholders its template uses, while it is remembered: the engagements
    /// of an experiment's cell share their library, a turn the seeds have in common (the same task for the
    /// same deliverable and attempt) sends the same string, and the token counts know it by instance.
    /// </summary>
    public string Part(string task, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var template = Template(task);
        var placeholders = 0;
        foreach (var part in template)
        {
            placeholders += part.Placeholder is null ? 0 : 1;
        }

        var used = new string[placeholders];
        var next = 0;
        foreach (var part in template)
        {
            if (part.Placeholder is { } name)
            {
                used[next++] = values.TryGetValue(name, out var value) ? value : string.Empty;
            }
        }

        var key = new RenderKey(task, used);
        if (_parts.TryGetValue(key, out var known))
        {
            return known;
        }

        return _parts.Add(key, string.Concat(Render(template, values).AsSpan().TrimEnd(), "\n\n"));
    }

    private TemplatePart[] Template(string task) =>
        _templates.TryGetValue(task, out var template) ? template : throw new KeyNotFoundException($"No prompt template was loaded for task '{task}'.");

    private static string Render(TemplatePart[] template, IReadOnlyDictionary<string, string> values)
    {
        // The same as replacing every placeholder match, left to right: a value is put in as it is, never read for placeholders.
        var text = new string[template.Length];
        for (var i = 0; i < template.Length; i++)
        {
            text[i] = template[i].Placeholder is { } name ? (values.TryGetValue(name, out var value) ? value : string.Empty) : template[i].Text;
        }

        return string.Concat(text);
    }

    // A task and the values of its template's placeholders, in the template's order, compared ordinally.
    private readonly struct RenderKey(string task, string[] values) : IEquatable<RenderKey>
    {
        public string Task => task;

        public string[] Values => values;

        public bool Equals(RenderKey other) =>
            string.Equals(task, other.Task, StringComparison.Ordinal) && values.AsSpan().SequenceEqual(other.Values, StringComparer.Ordinal);

        public override bool Equals(object? obj) => obj is RenderKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = default(HashCode);
            hash.Add(task, StringComparer.Ordinal);
            foreach (var value in values)
            {
                hash.Add(value, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }

    private static TemplatePart[] Parts(string template)
    {
        var parts = new List<TemplatePart>();
        var at = 0;
        foreach (Match match in PlaceholderPattern().Matches(template))
        {
            parts.Add(new TemplatePart(template[at..match.Index], null));
            parts.Add(new TemplatePart(string.Empty, match.Groups[1].Value));
            at = match.Index + match.Length;
        }

        parts.Add(new TemplatePart(template[at..], null));
        return [.. parts];
    }

    private static IEnumerable<string> CheckPlaceholders(string file, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in PlaceholderPattern().Matches(lines[i]))
            {
                if (!Placeholders.Contains(match.Groups[1].Value))
                {
                    yield return $"{file}:{i + 1}: unknown placeholder {match.Value}. Use one of: {string.Join(", ", Placeholders.Select(p => "{{" + p + "}}"))}.";
                }
            }
        }
    }

    [GeneratedRegex(@"\{\{\s*([a-z_]+)\s*\}\}")]
    private static partial Regex PlaceholderPattern();

    // Text of the template, or (Placeholder set) a placeholder to fill.
    private readonly record struct TemplatePart(string Text, string? Placeholder);
}
