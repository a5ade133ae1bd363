using Microsoft.Extensions.Options;

namespace NexusSim.Cli.Reporting;

/// <summary>Validates the price table on start: every price is a non-negative number of dollars.</summary>
internal sealed class PricingOptionsValidator : IValidateOptions<PricingOptions>
{
    public ValidateOptionsResult Validate(string? name, PricingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (model, price) in options.Models.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if (price is null)
            {
                failures.Add($"{PricingOptions.SectionName}:Models:{model} has no prices; give InputPerMillionUsd and OutputPerMillionUsd.");
                continue;
            }

            if (price.InputPerMillionUsd < 0)
            {
                failures.Add($"{PricingOptions.SectionName}:Models:{model}:InputPerMillionUsd is {price.InputPerMillionUsd}; a price cannot be negative.");
            }

            if (price.OutputPerMillionUsd < 0)
            {
                failures.Add($"{PricingOptions.SectionName}:Models:{model}:OutputPerMillionUsd is {price.OutputPerMillionUsd}; a price cannot be negative.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
