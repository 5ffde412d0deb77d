using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Json.Nodes;
using ProcGen.Cli.Output;
using ProcGen.Specs;

namespace ProcGen.Cli.Commands;

/// <summary>
/// <c>procgen env VAR... [--root DIR] [--json]</c>: the processes whose environment defines every variable named,
/// with the values: how Python <c>proc</c> finds a graphical session (<c>env DISPLAY DBUS_SESSION_BUS_ADDRESS</c>).
/// </summary>
internal static class EnvCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var names = new Argument<string[]>("VAR", "Variable names that must all be set.") { Arity = ArgumentArity.OneOrMore };
        var root = CommonOptions.Root();
        var json = CommonOptions.Json("the matches");
        var command = new Command("env", "Find processes whose environment has the given variables, and show their values.") { names, root, json };
        command.SetHandler(context =>
        {
            var r = context.ParseResult;
            context.ExitCode = Execute(r.GetValueForArgument(names), r.GetValueForOption(root)!, r.GetValueForOption(json), stdout, stderr);
        });
        return command;
    }

    public static int Execute(string[] names, string root, bool json, TextWriter stdout, TextWriter stderr)
    {
        var snapshot = ProcessCommandSupport.TakeSnapshot(root, stderr);
        if (snapshot is null) return ExitCodes.NotFound;
        var matches = ProcessSummaries.WithEnvironment(snapshot, names);

        if (json)
        {
            var array = new JsonArray();
            foreach (var match in matches)
            {
                var variables = new JsonObject();
                foreach (var name in names) variables[name] = match.Variables[name];
                array.Add(new JsonObject { ["pid"] = match.Process.Pid, ["comm"] = match.Process.Comm, ["variables"] = variables });
            }
            JsonOutput.WriteNode(array, stdout);
        }
        else
        {
            var headers = new List<string> { "PID", "USER", "COMMAND" };
            headers.AddRange(names);
            var rows = new List<string[]>(matches.Count);
            foreach (var match in matches)
            {
                var row = new List<string> { ProcessColumns.Number(match.Process.Pid), ProcessColumns.User(match.Process), match.Process.Comm };
                foreach (var name in names) row.Add(RecordInspector.FormatScalar(match.Variables[name]));
                rows.Add([.. row]);
            }
            TableOutput.WriteColumns(headers, rows, stdout);
        }
        return matches.Count > 0 ? ExitCodes.Success : ExitCodes.NotFound;
    }
}
