using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/net/igmp</c>: an interface, or an IPv4 multicast group the interface above it has joined
/// (<c>igmp_mc_seq_show</c> in <c>net/ipv4/igmp.c</c>). Read with <c>fs.Igmp()</c>; <see cref="IgmpInterface.Group"/>
/// puts the groups under their interfaces.
/// </summary>
/// <remarks>
/// After a header line, each interface line (<c>1\tlo        :     1      V3</c>, not indented) is followed by its
/// group lines (<c>\t\t\t\t010000E0     1 0:00000000\t\t0</c>, four tabs). <see cref="Indentation"/> tells the kinds
/// apart; the fields are parsed by <see cref="IgmpLine"/>. A line whose fields do not match its indentation, or a
/// group line before any interface, is a <see cref="ProcParseException"/> at its line (the rows' order rule), so
/// <see cref="IgmpInterface.Group"/> never fails on parsed rows.
/// </remarks>
[ProcFile("net/igmp", Accessor = "Igmp"), ProcFile("{pid}/net/igmp", Accessor = "Igmp"), Rows(SkipLines = 1)]
public sealed partial record IgmpMembership
{
    /// <summary>The blanks before the line: 0 for an interface, four tabs for a group.</summary>
    [Indentation] public required int Indentation { get; init; }

    /// <summary>The line after its indentation.</summary>
    [Rest] public required IgmpLine Line { get; init; }

    /// <summary>Whether this is a group line (indented) rather than an interface line.</summary>
    public bool IsGroup => Indentation > 0;

    /// <summary>The interface, for an interface line.</summary>
    public IgmpInterfaceLine? Interface => IsGroup ? null : Line.Interface;

    /// <summary>The group, for a group line.</summary>
    public IgmpGroupLine? Group => IsGroup ? Line.Group : null;

    /// <summary>Interface lines unindented, group lines indented and after an interface: checked as the file is parsed.</summary>
    static ProcRowSequenceRule<IgmpMembership>? IProcRow<IgmpMembership>.CreateSequenceRule() => new InterfaceThenGroupsRule();

    private sealed class InterfaceThenGroupsRule : ProcRowSequenceRule<IgmpMembership>
    {
        private bool _sawInterface;

        public override string? Accept(IgmpMembership row)
        {
            if (row.Interface is not null)
            {
                _sawInterface = true;
                return null;
            }
            if (row.Group is not null) return _sawInterface ? null : "an interface line (index, name, count, querier) before the first group line";
            return row.IsGroup
                ? "a group line after the indentation (group, users, timer, reporter)"
                : "an interface line (index, name: count querier) without indentation";
        }
    }
}

/// <summary>An interface of <c>/proc/net/igmp</c> with the IPv4 multicast groups it has joined.</summary>
/// <param name="Index">The interface index.</param>
/// <param name="Name">The interface name.</param>
/// <param name="GroupCount">The number of groups the kernel counts (<c>mc_count</c>).</param>
/// <param name="QuerierVersion">The IGMP version of the querier heard on the link.</param>
/// <param name="Groups">The group lines under the interface.</param>
public sealed record IgmpInterface(int Index, string Name, int GroupCount, int QuerierVersion, IReadOnlyList<IgmpGroupLine> Groups)
{
    /// <summary>
    /// Groups the lines of <c>net/igmp</c> under their interfaces, in file order. A group line before any interface
    /// line, or a line whose indentation does not match its kind, is an <see cref="System.IO.InvalidDataException"/>:
    /// only in hand-made rows, as the parser rejects such lines at their line.
    /// </summary>
    public static IReadOnlyList<IgmpInterface> Group(IEnumerable<IgmpMembership> lines)
    {
        var result = new List<IgmpInterface>();
        IgmpInterfaceLine? current = null;
        var groups = new List<IgmpGroupLine>();
        foreach (var line in lines)
        {
            if (line.Interface is { } iface)
            {
                Flush();
                current = iface;
            }
            else if (line.Group is { } group && current is not null)
            {
                groups.Add(group);
            }
            else
            {
                throw new System.IO.InvalidDataException(line.IsGroup
                    ? "an indented line of net/igmp is not a group line, or comes before any interface"
                    : "a line of net/igmp without indentation is not an interface line");
            }
        }
        Flush();
        return result;

        void Flush()
        {
            if (current is { } c) result.Add(new IgmpInterface(c.Index, c.Name, c.GroupCount, c.QuerierVersion, groups.ToArray()));
            groups.Clear();
        }
    }
}
