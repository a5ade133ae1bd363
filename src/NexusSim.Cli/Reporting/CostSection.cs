using System.Text;
using static NexusSim.Cli.Reporting.HtmlText;

namespace NexusSim.Cli.Reporting;

/// <summary>Tokens and cost per agent, priced by the model of the agent's tier (the run's price table).</summary>
internal static class CostSection
{
    public static void Append(StringBuilder html, RunReadModel model)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(model);
        html.Append("<section id=\"cost\"><h2>Tokens and cost per agent</h2><table class=\"cost\"><thead><tr><th>Agent</th><th>Model</th><th>Turns</th><th>Model calls</th><th>Prompt tokens</th><th>Completion tokens</th><th>Cost</th></tr></thead><tbody>");
        decimal total = 0;
        var unpriced = false;
        foreach (var actor in model.Facts.Actors.Where(a => !a.Human))
        {
            var turns = model.Turns.Where(t => t.Actor == actor.Id).ToList();
            var prompt = turns.Sum(t => t.PromptTokens);
            var completion = turns.Sum(t => t.CompletionTokens);
            string cost;
            if (actor.Model is { } m && model.Facts.Prices.TryGetValue(m, out var price))
            {
                var usd = ((prompt * price.InputPerMillionUsd) + (completion * price.OutputPerMillionUsd)) / 1_000_000m;
                total += usd;
                cost = Usd(usd);
            }
            else
            {
                unpriced |= turns.Count > 0;
                cost = "no price";
            }

            html.Append($"<tr><td>{E(actor.Name)}</td><td>{E(actor.Model ?? "-")}</td><td>{turns.Count}</td><td>{turns.Sum(t => t.LlmCalls)}</td><td>{N(prompt)}</td><td>{N(completion)}</td><td>{cost}</td></tr>");
        }

        html.Append($"</tbody><tfoot><tr><th colspan=\"4\">Total</th><th>{N(model.Turns.Sum(t => t.PromptTokens))}</th><th>{N(model.Turns.Sum(t => t.CompletionTokens))}</th><th>{Usd(total)}{(unpriced ? " + unpriced" : string.Empty)}</th></tr></tfoot></table>");
        html.Append("<p class=\"note\">Prices come from NexusSim:Pricing (dollars per million tokens, by model), recorded in run.db with the run. With the offline stub the tokens are counted by a real tokenizer, so the cost is what the same traffic would cost.</p></section>");
    }
}
