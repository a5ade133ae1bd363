using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serilog;
using NexusSim.Cli.Rendering;
using Spectre.Console;

namespace NexusSim.Cli.Hosting;

/// <summary>
/// The generic host every verb runs in. The content root is the app's base directory, where the
/// build copies appsettings.json, agents/, prompts/ and briefs/, so `dotnet run`, the tests and an
/// installed tool read the same files whatever the working directory.
/// </summary>
internal static class NexusHost
{
    /// <summary>
    /// Builds and starts a host (options are validated on start), runs <paramref name="work"/> and
    /// stops the host. Invalid configuration prints every problem and returns <see cref="ExitCodes.InvalidInput"/>.
    /// </summary>
    public static async Task<int> RunAsync(
        IAnsiConsole console,
        Action<HostApplicationBuilder>? configure,
        Func<IServiceProvider, CancellationToken, Task<int>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        IHost host;
        try
        {
            var builder = CreateBuilder(console);
            configure?.Invoke(builder);
            host = builder.Build();
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ConfigFileException ex)
        {
            console.Errors().WriteErrorLine(ex.Message);
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (ValidationFailures(ex) is { Count: > 0 } failures)
        {
            foreach (var failure in failures)
            {
                console.Errors().WriteLabelledLine("configuration error:", SafeText.ErrorLabel, failure);
            }

            console.Errors().WriteLine("Fix the setting in appsettings.json, the --config file or the matching environment variable (NexusSim__Section__Key), and run again.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            return await work(host.Services, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            host.Dispose();
        }
    }

    // --config FILE comes last, so it overrides appsettings.json and the environment; -v sets what is logged where (VerbositySettings).
    private static void AddHostArguments(ConfigurationManager configuration, HostArguments arguments)
    {
        if (arguments.ConfigFile is { } file)
        {
            var full = file.Length == 0 || file.Contains('\0', StringComparison.Ordinal) ? null : Path.GetFullPath(file);
            if (full is null || (!File.Exists(full) && !Directory.Exists(full)))
            {
                throw new ConfigFileException($"--config: no settings file '{full ?? file}'. Give a JSON file shaped like appsettings.json (relative paths are read from the working directory).");
            }

            if (HostArguments.ConfigFileProblem(full) is { } problem)
            {
                throw new ConfigFileException($"--config: {problem} Give a JSON file shaped like appsettings.json.");
            }

            try
            {
                configuration.AddJsonFile(full, optional: false, reloadOnChange: false);
            }
            catch (InvalidDataException ex)
            {
                // The JSON reader knows where it stopped: FILE:LINE, as every other input error says it.
                var json = ex.InnerException?.InnerException as System.Text.Json.JsonException ?? ex.InnerException as System.Text.Json.JsonException;
                var where = json is { LineNumber: { } line }
                    ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{full}:{line + 1}: ")
                    : full + ": ";
                throw new ConfigFileException($"--config: {where}not valid JSON settings: {ex.InnerException?.Message ?? ex.Message} Give a JSON file shaped like appsettings.json.", ex);
            }
        }

        if (arguments.Verbosity is { } verbosity && HostArguments.Levels.TryGetValue(verbosity, out var level))
        {
            configuration.AddInMemoryCollection(VerbositySettings.For(configuration, level));
        }
    }

    // The host reports one options type's failures as an OptionsValidationException, several as an
    // AggregateException of them; a value that does not convert, or an unknown key, comes from the
    // binder (or Serilog's configuration reader) as an InvalidOperationException or a format error.
    private static List<string> ValidationFailures(Exception ex) => ex switch
    {
        OptionsValidationException validation => [.. validation.Failures],
        AggregateException aggregate => [.. aggregate.InnerExceptions.SelectMany(ValidationFailures)],
        _ when ConfigurationErrors.IsBinding(ex) => [ConfigurationErrors.Describe(ex)],
        _ => [],
    };

    private static HostApplicationBuilder CreateBuilder(IAnsiConsole console)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = FirmHome.Directory,
            Args = [],
        });
        AddHostArguments(builder.Configuration, HostArguments.Current);
        // Each host gets its own logger and leaves the static bootstrap logger alone, so hosts never
        // race to freeze one shared logger (several run side by side in the tests).
        builder.Services.AddSerilog(
            (services, logger) => logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services)
                .Filter.ByExcluding(CancellationLogFilter.IsKernelCancellation),
            preserveStaticLogger: true);
        builder.Services.AddSingleton(console);
        builder.Services.AddNexusSimCli(builder.Configuration);
        return builder;
    }
}
