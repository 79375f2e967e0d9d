using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Worker.Catalog;

/// <summary>Where the park catalogs are and where their live changes are kept (section <c>Catalog</c>).</summary>
public sealed class CatalogOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Catalog";

    /// <summary>
    /// A park catalog file, or a folder of them (every <c>*.json</c> in it, one park each); a relative path is looked up
    /// under the content root, then the current directory.
    /// </summary>
    [Required]
    public string Path { get; set; } = "catalog/hiep-phuoc.json";

    /// <summary>
    /// The append-only audit trail of live catalog changes (JSON lines), relative to the content root. On start the changes
    /// of the worker's parks are re-applied over the seed files in order, so the live catalog survives a restart.
    /// </summary>
    [Required]
    public string AuditPath { get; set; } = "data/catalog/audit.jsonl";

    /// <summary>The absolute file or folder that <see cref="Path"/> names: the first that exists of content root and current directory.</summary>
    public string Resolve(string contentRoot)
    {
        if (System.IO.Path.IsPathRooted(Path))
        {
            return Path;
        }

        var candidates = new[] { System.IO.Path.Combine(contentRoot, Path), System.IO.Path.GetFullPath(Path) };
        return candidates.FirstOrDefault(c => File.Exists(c) || Directory.Exists(c)) ?? candidates[0];
    }

    /// <summary>The absolute audit trail file.</summary>
    public string ResolveAudit(string contentRoot) => System.IO.Path.GetFullPath(AuditPath, contentRoot);
}
