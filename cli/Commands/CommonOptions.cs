using System.CommandLine;

namespace ProcGen.Cli.Commands;

/// <summary>Options shared by several commands, so they are spelled and described the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Root() => new(
        "--root",
        getDefaultValue: () => "/proc",
        description: "The proc root to read from: /proc, a snapshot, or a host's proc mounted elsewhere.");

    public static Option<bool> Json(string what) => new("--json", $"Print {what} as JSON instead of a table.");
}
