import { Box, LinearProgress, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface Contribution {
  criterion: string;
  points: number;
}

// The engine's weights put at most 3,000 points on one criterion (trade); bars are drawn on that scale.
const MAX_POINTS = 3000;

/** Each criterion's points as a labelled bar: why this pair scores what it scores. */
export function CriteriaBars({ contributions }: { contributions: readonly Contribution[] }) {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 220 }}>
      {contributions.map((c) => {
        const label = translate(`binome.matching.criterion.${c.criterion}`, { _: c.criterion });
        return (
          <Tooltip key={c.criterion} title={`${label} : ${c.points}`}>
            <Box sx={{ display: 'grid', gridTemplateColumns: '110px 1fr 48px', alignItems: 'center', gap: 1 }}>
              <Typography variant="caption">{label}</Typography>
              <LinearProgress variant="determinate" value={Math.min(100, (c.points / MAX_POINTS) * 100)} aria-label={label} />
              <Typography variant="caption" sx={{ textAlign: 'right' }}>
                {c.points}
              </Typography>
            </Box>
          </Tooltip>
        );
      })}
    </Box>
  );
}
