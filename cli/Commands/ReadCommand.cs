using System.CommandLine;
using System.IO;
using ProcGen.Cli.Output;
using ProcGen.Specs;

namespace ProcGen.Cli.Commands;

/// <summary><c>procgen read PATH [--root DIR] [--json]</c>: parse one file and print the record.</summary>
internal static class ReadCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>(
            "PATH",
            "The file to read, relative to the root (meminfo, self/stat, 1234/status) or absolute under it (/proc/self/status).");
        var root = CommonOptions.Root();
        var json = CommonOptions.Json("the record");
        var command = new Command("read", "Parse one /proc file and print its fields.") { path, root, json };
        command.SetHandler(context =>
        {
            var result = context.ParseResult;
            context.ExitCode = Execute(
                result.GetValueForArgument(path), result.GetValueForOption(root)!, result.GetValueForOption(json), stdout, stderr);
        });
        return command;
    }

    public static int Execute(string path, string root, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!ProcPathResolver.TryMakeRelative(root, path, out var relative, out var error))
        {
            stderr.WriteLine($"procgen: {error}");
            return ExitCodes.UsageError;
        }

        var entry = Catalog.Find(relative);
        if (entry is null && relative.StartsWith("sys/", System.StringComparison.Ordinal))
            return SysctlCommand.ReadGeneric(root, relative["sys/".Length..], json, stdout, stderr);
        if (entry is null)
        {
            stderr.WriteLine($"procgen: no declaration in the catalog matches '{relative}'; run 'procgen list' to see the supported files.");
            return ExitCodes.UsageError;
        }

        object record;
        try
        {
            record = new ProcFs(root).ReadBoxed(entry, relative);
        }
        catch (ProcParseException e)
        {
            stderr.WriteLine($"procgen: {e.Message}");
            return ExitCodes.ParseError;
        }
        catch (ProcException e)
        {
            // Not found, process gone, permission denied, other I/O errors: the message names the file.
            stderr.WriteLine($"procgen: {e.Message}");
            return ExitCodes.NotFound;
        }

        if (json) JsonOutput.Write(record, stdout);
        else TableOutput.Write(record, stdout);
        return ExitCodes.Success;
    }
}
