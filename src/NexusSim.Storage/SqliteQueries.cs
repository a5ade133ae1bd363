using Microsoft.Data.Sqlite;

namespace NexusSim.Storage;

/// <summary>Small helpers to run a parameterized statement on a connection.</summary>
internal static class SqliteQueries
{
    public static async Task<T?> SingleAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
        where T : class
    {
        var rows = await ListAsync(connection, sql, map, ct, parameters).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public static async Task<IReadOnlyList<T>> ListAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        var rows = new List<T>();
        var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                rows.Add(map(reader));
            }
        }

        return rows;
    }

    public static async Task<int> ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            SqliteRows.Add(command, name, value);
        }

        return command;
    }
}
