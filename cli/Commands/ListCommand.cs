using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ProcGen.Cli.Output;
using ProcGen.Specs;

namespace ProcGen.Cli.Commands;

/// <summary><c>procgen list [--json]</c>: the files the catalog declares.</summary>
internal static class ListCommand
{
    public static Command Create(TextWriter stdout)
    {
        var json = CommonOptions.Json("the catalog");
        var command = new Command("list", "List the declared /proc files: path template, format class, record type.") { json };
        command.SetHandler(context => context.ExitCode = Execute(context.ParseResult.GetValueForOption(json), stdout));
        return command;
    }

    public static int Execute(bool json, TextWriter stdout)
    {
        var files = Catalog.Files.OrderBy(f => f.PathTemplate, StringComparer.Ordinal).ToList();
        if (json)
        {
            var array = new JsonArray();
            foreach (var file in files)
            {
                array.Add(new JsonObject
                {
                    ["path"] = file.PathTemplate,
                    ["format"] = file.Format.ToString(),
                    ["entryKind"] = file.EntryKind.ToString(),
                    ["recordType"] = file.RecordType.FullName,
                });
            }
            JsonOutput.WriteNode(array, stdout);
        }
        else
        {
            TableOutput.WriteColumns(
                ["PATH", "FORMAT", "RECORD"],
                files.Select(f => new[] { f.PathTemplate, f.Format.ToString(), f.TypeName }).ToList(),
                stdout);
        }
        return ExitCodes.Success;
    }
}
