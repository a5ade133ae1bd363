using System.Text;
using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Stub;

/// <summary>
/// A stub partner's critique of a draft (debate): reads it as a reviewer would, against the gate on
/// its card, and writes the issues it found under the critique heading. It records no verdict.
/// </summary>
internal sealed class StubCritic
{
    private readonly StubContext _context;

    public StubCritic(StubContext context) => _context = context;

    public string Write(StubRequest request)
    {
        var judged = new StubReviewer(_context).Judge(request);
        var issues = judged.TryGetValue(ActionArgs.Issues, out var text) ? text as string ?? string.Empty : string.Empty;
        var answer = new StringBuilder();
        answer.AppendLine(DebateProtocol.CritiqueHeading);
        answer.AppendLine(issues.Length == 0 ? "Nothing to raise: the draft reads as ready for its gate." : issues.TrimEnd());
        answer.AppendLine();
        answer.Append(StubAnswer.Write(request));
        return answer.ToString();
    }
}
