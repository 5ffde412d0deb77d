using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Json.Nodes;
using ProcGen.Cli.Output;
using ProcGen.Specs;

namespace ProcGen.Cli.Commands;

/// <summary>
/// <c>procgen memory [NAME...] [--root DIR] [--json]</c>: resident memory per program (count, minimum, average,
/// median, maximum, total), like Python <c>proc</c>'s Apache worker statistics, for every program or the named ones.
/// </summary>
internal static class MemoryCommand
{
    private static readonly string[] Headers = ["EXE", "COUNT", "MIN_KIB", "AVG_KIB", "MEDIAN_KIB", "MAX_KIB", "TOTAL_KIB"];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var names = new Argument<string[]>("NAME", "Executable names (apache2, chrome); without any, every program.") { Arity = ArgumentArity.ZeroOrMore };
        var root = CommonOptions.Root();
        var json = CommonOptions.Json("the statistics (sizes in bytes)");
        var command = new Command("memory", "Memory statistics of all processes of a program, by executable name.") { names, root, json };
        command.SetHandler(context =>
        {
            var r = context.ParseResult;
            context.ExitCode = Execute(r.GetValueForArgument(names) ?? [], r.GetValueForOption(root)!, r.GetValueForOption(json), stdout, stderr);
        });
        return command;
    }

    public static int Execute(string[] names, string root, bool json, TextWriter stdout, TextWriter stderr)
    {
        var snapshot = ProcessCommandSupport.TakeSnapshot(root, stderr);
        if (snapshot is null) return ExitCodes.NotFound;

        List<ProcessMemoryStatistics> statistics;
        if (names.Length == 0)
        {
            statistics = ProcessSummaries.MemoryByExeName(snapshot);
        }
        else
        {
            statistics = [];
            foreach (var name in names)
            {
                if (ProcessSummaries.MemoryOf(snapshot, name) is { } found) statistics.Add(found);
                else stderr.WriteLine($"procgen: no process runs '{name}'");
            }
            if (statistics.Count == 0) return ExitCodes.NotFound;
        }

        if (json)
        {
            var array = new JsonArray();
            foreach (var s in statistics)
            {
                var pids = new JsonArray();
                foreach (int pid in s.Pids) pids.Add(pid);
                array.Add(new JsonObject
                {
                    ["exeName"] = s.ExeName, ["count"] = s.Count, ["minimumRss"] = s.MinimumRss, ["averageRss"] = s.AverageRss,
                    ["medianRss"] = s.MedianRss, ["maximumRss"] = s.MaximumRss, ["totalRss"] = s.TotalRss, ["pids"] = pids,
                });
            }
            JsonOutput.WriteNode(array, stdout);
        }
        else
        {
            var rows = new List<string[]>(statistics.Count);
            foreach (var s in statistics)
            {
                rows.Add([s.ExeName, ProcessColumns.Number(s.Count), ProcessColumns.Kibibytes(s.MinimumRss), ProcessColumns.Kibibytes(s.AverageRss),
                    ProcessColumns.Kibibytes(s.MedianRss), ProcessColumns.Kibibytes(s.MaximumRss), ProcessColumns.Kibibytes(s.TotalRss)]);
            }
            TableOutput.WriteColumns(Headers, rows, stdout);
        }
        return ExitCodes.Success;
    }
}
