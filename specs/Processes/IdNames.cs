namespace ProcGen.Specs;

/// <summary>
/// The names of the four ids of an <see cref="IdSet"/> (real, effective, saved set, filesystem), from the
/// system's user or group database (<see cref="UserDatabase"/>); an id without a name reads as its number, the
/// way <c>ps</c> shows it.
/// </summary>
public sealed record IdNames(string Real, string Effective, string SavedSet, string FileSystem)
{
    /// <summary>The user names of <paramref name="uids"/>.</summary>
    public static IdNames OfUsers(IdSet uids) => new(
        UserDatabase.UserNameOrId(uids.Real), UserDatabase.UserNameOrId(uids.Effective),
        UserDatabase.UserNameOrId(uids.SavedSet), UserDatabase.UserNameOrId(uids.FileSystem));

    /// <summary>The group names of <paramref name="gids"/>.</summary>
    public static IdNames OfGroups(IdSet gids) => new(
        UserDatabase.GroupNameOrId(gids.Real), UserDatabase.GroupNameOrId(gids.Effective),
        UserDatabase.GroupNameOrId(gids.SavedSet), UserDatabase.GroupNameOrId(gids.FileSystem));
}
