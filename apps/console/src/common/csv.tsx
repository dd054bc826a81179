import { useState } from 'react';
import {
  Alert,
  Button as MuiButton,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import UploadIcon from '@mui/icons-material/Upload';
import { Button, useListContext, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useBinome, useTerritories } from './console-context';

/** Saves text as a file in the browser. */
function save(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

/** The service's own CSV export, with the list's filters. */
export function CsvExportButton({ kind }: { kind: 'candidates' | 'volunteers' }) {
  const binome = useBinome();
  const { filterValues } = useListContext();
  const notify = useNotify();
  return (
    <Button
      label="binome.csv.export"
      onClick={() =>
        binome
          .exportCsv(kind, filterValues)
          .then((csv) => save(`${kind}.csv`, csv))
          .catch((e: Error) => notify(e.message, { type: 'error' }))
      }
    >
      <DownloadIcon />
    </Button>
  );
}

interface ImportResult {
  dryRun?: boolean;
  rows?: number;
  created?: number;
  alreadyPresent?: number;
}
interface LineIssue {
  line: string;
  message: string;
}

/** `line 3: email` → line 3, "email: …" (the service names each bad cell so). */
export function lineIssuesOf(errors: readonly { field: string; message: string }[]): LineIssue[] {
  return errors.map((e) => {
    const m = /^line (\d+)(?::\s*(.*))?$/.exec(e.field);
    return m ? { line: m[1], message: m[2] ? `${m[2]} : ${e.message}` : e.message } : { line: '—', message: `${e.field} : ${e.message}` };
  });
}

/** CSV import: a dry run first if asked, then the line-by-line report the service wrote. */
export function CsvImportButton({ kind }: { kind: 'candidates' | 'volunteers' }) {
  const binome = useBinome();
  const translate = useTranslate();
  const refresh = useRefresh();
  const territories = useTerritories();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File>();
  const [dryRun, setDryRun] = useState(true);
  const [territoryId, setTerritoryId] = useState(territories[0] ?? '');
  const [result, setResult] = useState<ImportResult>();
  const [issues, setIssues] = useState<LineIssue[]>([]);
  const [error, setError] = useState<string>();

  const run = async () => {
    if (!file) return;
    setError(undefined);
    setResult(undefined);
    setIssues([]);
    try {
      setResult(await binome.importCsv<ImportResult>(kind, await file.text(), { territoryId, dryRun }));
      if (!dryRun) refresh();
    } catch (e) {
      const err = e as { message: string; body?: { problem?: { errors?: { field: string; message: string }[] } } };
      setError(err.message);
      setIssues(lineIssuesOf(err.body?.problem?.errors ?? []));
    }
  };

  return (
    <>
      <Button label="binome.csv.import" onClick={() => setOpen(true)}>
        <UploadIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth>
        <DialogTitle>{translate('binome.csv.import')}</DialogTitle>
        <DialogContent>
          <label>
            {translate('binome.csv.file')}{' '}
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => setFile(e.target.files?.[0])}
              aria-label={translate('binome.csv.file')}
            />
          </label>
          {territories.length > 1 && (
            <label style={{ marginLeft: 16 }}>
              {translate('binome.territory')}{' '}
              <select value={territoryId} onChange={(e) => setTerritoryId(e.target.value)}>
                {territories.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
            </label>
          )}
          <div>
            <FormControlLabel
              control={<Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />}
              label={translate('binome.csv.dry_run')}
            />
          </div>
          {error && <Alert severity="error">{error}</Alert>}
          {result && (
            <Alert severity="success" sx={{ my: 1 }}>
              {result.dryRun
                ? translate('binome.csv.checked', { smart_count: result.rows ?? 0 })
                : `${translate('binome.csv.created', { smart_count: result.created ?? 0 })} · ${translate('binome.csv.already', { smart_count: result.alreadyPresent ?? 0 })}`}
            </Alert>
          )}
          {issues.length > 0 && (
            <Table size="small" aria-label={translate('binome.csv.report')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('binome.csv.line')}</TableCell>
                  <TableCell>{translate('binome.csv.result')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {issues.map((l, i) => (
                  <TableRow key={i}>
                    <TableCell>{l.line}</TableCell>
                    <TableCell>{l.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.close')}</MuiButton>
          <MuiButton variant="contained" disabled={!file} onClick={() => void run()}>
            {translate('binome.csv.run')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
