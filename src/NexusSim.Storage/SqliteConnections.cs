using Microsoft.Data.Sqlite;

namespace NexusSim.Storage;

/// <summary>Connections to a run directory's database, unpooled so the file is released on dispose.</summary>
internal static class SqliteConnections
{
    public static string DatabasePath(string runDirectory) => Path.Combine(runDirectory, SqliteRunJournal.DatabaseFileName);

    public static SqliteConnection Create(string runDirectory, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath(runDirectory),
            Mode = mode,
            Pooling = false,
        };
        return new SqliteConnection(builder.ToString());
    }
}
