using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Json.Nodes;
using ProcGen.Cli.Output;
using ProcGen.Specs;

namespace ProcGen.Cli.Commands;

/// <summary>
/// <c>procgen tree [PID] [--root DIR] [--json] [--ascii]</c>: the process tree, drawn like <c>pstree -p</c>:
/// the first child on its parent's line, siblings below it joined by a vertical line.
/// </summary>
internal static class TreeCommand
{
    /// <summary>The line-drawing pieces: after a parent with one child, with several, between and before the last.</summary>
    private sealed record Glyphs(string Only, string First, string Middle, string Last, string Through);

    private static readonly Glyphs Unicode = new("───", "─┬─", " ├─", " └─", " │ ");
    private static readonly Glyphs Ascii = new("---", "-+-", " |-", " `-", " | ");

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var pid = new Argument<int?>("PID", () => null, "The process to start from; without it, every root (init, kthreadd).");
        var root = CommonOptions.Root();
        var json = CommonOptions.Json("the tree");
        var ascii = new Option<bool>(["--ascii", "-A"], "Draw with ASCII characters instead of Unicode lines.");
        var command = new Command("tree", "Show the process tree like pstree -p.") { pid, root, json, ascii };
        command.SetHandler(context =>
        {
            var r = context.ParseResult;
            context.ExitCode = Execute(r.GetValueForArgument(pid), r.GetValueForOption(root)!, r.GetValueForOption(json),
                r.GetValueForOption(ascii), stdout, stderr);
        });
        return command;
    }

    public static int Execute(int? pid, string root, bool json, bool ascii, TextWriter stdout, TextWriter stderr)
    {
        var snapshot = ProcessCommandSupport.TakeSnapshot(root, stderr);
        if (snapshot is null) return ExitCodes.NotFound;
        var tree = snapshot.Tree;

        IReadOnlyList<ProcessTreeNode> tops;
        if (pid is { } start)
        {
            if (tree.Node(start) is not { } node)
            {
                stderr.WriteLine($"procgen: no process {start} under {root}");
                return ExitCodes.NotFound;
            }
            tops = [node];
        }
        else
        {
            tops = tree.Roots;
        }

        if (json)
        {
            var array = new JsonArray();
            foreach (var node in tops) array.Add(ToJson(node));
            JsonOutput.WriteNode(pid is null ? array : array[0]!.DeepClone(), stdout);
        }
        else
        {
            var glyphs = ascii ? Ascii : Unicode;
            foreach (var node in tops) Write(node, string.Empty, glyphs, stdout);
        }
        return ExitCodes.Success;
    }

    // Writes the node's label and its subtree; the caller has already written everything left of the label.
    // `indent` is what continuation lines need before they reach this node's column.
    private static void Write(ProcessTreeNode node, string indent, Glyphs glyphs, TextWriter writer)
    {
        var label = node.Process.ToString();
        writer.Write(label);
        var children = node.Children;
        if (children.Count == 0)
        {
            writer.WriteLine();
            return;
        }
        var below = indent + new string(' ', label.Length);
        if (children.Count == 1)
        {
            writer.Write(glyphs.Only);
            Write(children[0], below + "   ", glyphs, writer);
            return;
        }
        writer.Write(glyphs.First);
        Write(children[0], below + glyphs.Through, glyphs, writer);
        for (int i = 1; i < children.Count - 1; i++)
        {
            writer.Write(below + glyphs.Middle);
            Write(children[i], below + glyphs.Through, glyphs, writer);
        }
        writer.Write(below + glyphs.Last);
        Write(children[^1], below + "   ", glyphs, writer);
    }

    private static JsonObject ToJson(ProcessTreeNode node)
    {
        var children = new JsonArray();
        foreach (var child in node.Children) children.Add(ToJson(child));
        return new JsonObject
        {
            ["pid"] = node.Pid,
            ["ppid"] = node.Process.ParentPid,
            ["comm"] = node.Process.Comm,
            ["children"] = children,
        };
    }
}
