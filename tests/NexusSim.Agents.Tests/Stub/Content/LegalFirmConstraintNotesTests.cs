using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The five-agent legal firm addresses its client's constraints in a lawyer's words: its memo once said the
/// sequence left "room for the steering committee to review" and that "every control and finding is traced"
/// to the instruction to cover California, Texas and HIPAA law, the consulting firm's notes on a client with
/// no steering committee and a memo with no controls.
/// </summary>
public sealed partial class LegalFirmConstraintNotesTests
{
    [Fact]
    public void Compose_LegalFirmsDeliverables_AddressEveryConstraintWithoutTheConsultingFirmsVocabulary()
    {
        var run = ShippedBriefRun.Load(Path.Combine("samples", "five-agent-firm"), Path.Combine("samples", "five-agent-firm", "brief.yaml"));

        for (ulong seed = 1; seed <= 10; seed++)
        {
            var deliverables = run.Run(seed);
            var all = string.Join("\n", deliverables.Values);

            foreach (var (id, markdown) in deliverables)
            {
                var hit = Consulting().Match(markdown);
                Assert.False(hit.Success, $"seed {seed}, {id}: '{hit.Value}' in \"{Line(markdown, hit.Index)}\"");
            }

            // Each constraint is still addressed somewhere: its telling words appear restated in a note citing the brief.
            Assert.Contains("three weeks", all, StringComparison.Ordinal);
            Assert.Contains("HIPAA rules", all, StringComparison.Ordinal);
            Assert.Contains("clinical practice", all, StringComparison.Ordinal);
        }
    }

    private static string Line(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        return text[start..(end < 0 ? text.Length : end)];
    }

    [GeneratedRegex(@"\b(steering (committee|group)|controls?|owner|evidences)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Consulting();
}
