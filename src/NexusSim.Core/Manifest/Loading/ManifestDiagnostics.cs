namespace NexusSim.Core.Manifest.Loading;

/// <summary>Collects every error of a load; hands them back in file order, then line and column.</summary>
internal sealed class ManifestDiagnostics
{
    // A file that could not be read or parsed (docs/manifest-errors.md, "Files"): its sections are
    // missing, so missing-section and cross-reference errors after it would mislead.
    private static readonly HashSet<string> FileCodes = new(StringComparer.Ordinal)
    {
        ErrorCodes.FileNotFound, ErrorCodes.FileTooLarge, ErrorCodes.FileEmpty, ErrorCodes.SyntaxError, ErrorCodes.AliasRefused,
        ErrorCodes.TagRefused, ErrorCodes.MultipleDocuments, ErrorCodes.NotUtf8, ErrorCodes.TooDeep, ErrorCodes.KeyNotText,
        ErrorCodes.IncludeMissing,
    };

    private readonly List<ManifestError> _errors = [];
    private readonly List<string> _fileOrder = [];

    public bool HasErrors => _errors.Count > 0;

    /// <summary>True when some file could not be read or parsed; whole-manifest rules then stay silent.</summary>
    public bool HasFileErrors => _errors.Any(e => FileCodes.Contains(e.Code));

    /// <summary>Notes a file in read order, so its errors sort after earlier files' errors.</summary>
    public void RegisterFile(string relativePath)
    {
        if (!_fileOrder.Contains(relativePath, StringComparer.Ordinal))
        {
            _fileOrder.Add(relativePath);
        }
    }

    public void Add(SourceLocation location, string code, string message, string fix) =>
        _errors.Add(new ManifestError(location, code, message, fix));

    // The same error found twice (a list naming an actor twice fails each rule about that actor twice) is said once.
    public IReadOnlyList<ManifestError> Sorted() =>
        [.. _errors
            .Distinct()
            .OrderBy(e => FileRank(e.Location.File))
            .ThenBy(e => e.Location.Line)
            .ThenBy(e => e.Location.Column)];

    private int FileRank(string file)
    {
        var index = _fileOrder.IndexOf(file);
        return index < 0 ? int.MaxValue : index;
    }
}
