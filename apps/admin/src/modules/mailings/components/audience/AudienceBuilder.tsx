import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  appendChild,
  audienceProblems,
  MAX_GROUP_DEPTH,
  newGroup,
  newLeaf,
  removeNode,
  updateNode,
  type AudienceGroup,
  type AudienceNode,
  type AudienceProblem,
} from '../../audienceTree';
import { AudienceRuleEditor } from './AudienceRuleEditor';

export interface AudienceBuilderProps {
  value: AudienceGroup;
  onChange: (tree: AudienceGroup) => void;
}

/**
 * Who an audience selects, as a tree: a group matches all or any of its rules and groups; any rule or inner group
 * can be turned into a NOT (those who match are left out). What the API takes is `toRuleInput(value)`.
 */
export function AudienceBuilder({ value, onChange }: AudienceBuilderProps) {
  const problems = audienceProblems(value);
  return (
    <GroupEditor
      group={value}
      tree={value}
      path={[]}
      depth={1}
      problems={problems}
      onTreeChange={onChange}
    />
  );
}

interface GroupEditorProps {
  group: AudienceGroup;
  tree: AudienceGroup;
  /** Positions from the root ([] for the root, [1, 0] for the first node of the second): names like "Group 2.1". */
  path: number[];
  depth: number;
  problems: ReadonlyMap<string, AudienceProblem>;
  onTreeChange: (tree: AudienceGroup) => void;
}

const numbered = (path: number[]) => path.map((index) => index + 1).join('.');

function GroupEditor({ group, tree, path, depth, problems, onTreeChange }: GroupEditorProps) {
  const { t } = useTranslation('mailings');
  const headingId = useId();
  const problemId = useId();
  const isRoot = path.length === 0;
  const name = isRoot ? t('audience.rootGroup') : t('audience.groupName', { number: numbered(path) });
  const problem = problems.get(group.key);
  const change = (node: AudienceNode) => onTreeChange(updateNode(tree, group.key, () => node));

  return (
    <Paper
      variant="outlined"
      role="group"
      aria-labelledby={headingId}
      aria-describedby={problem ? problemId : undefined}
      sx={{
        p: 2,
        bgcolor: isRoot ? 'background.paper' : 'action.hover',
        borderLeftWidth: isRoot ? 1 : 4,
        borderLeftColor: group.negated ? 'error.main' : isRoot ? 'divider' : 'secondary.main',
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 2, flexWrap: 'wrap' }}>
        <Typography id={headingId} variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
          {name}
        </Typography>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={group.match}
          aria-label={t('audience.matchLabel', { name })}
          onChange={(_event, match: AudienceGroup['match'] | null) => {
            if (match) change({ ...group, match });
          }}
        >
          <ToggleButton value="ALL">{t('audience.matchAll')}</ToggleButton>
          <ToggleButton value="ANY">{t('audience.matchAny')}</ToggleButton>
        </ToggleButtonGroup>
        {/* The root is negated only in a rule saved by other means: shown then, so what is sent is what is seen. */}
        {isRoot && !group.negated ? null : (
          <FormControlLabel
            control={<Switch checked={group.negated} onChange={(event) => change({ ...group, negated: event.target.checked })} />}
            label={t('audience.notGroup')}
          />
        )}
        {isRoot ? null : (
          <Button
            color="error"
            startIcon={<DeleteOutlined aria-hidden />}
            onClick={() => onTreeChange(removeNode(tree, group.key))}
            sx={{ ml: { md: 'auto' } }}
          >
            {t('audience.removeGroup', { name })}
          </Button>
        )}
      </Stack>
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }}>
        {group.children.map((child, index) => {
          const childPath = [...path, index];
          return (
            <li key={child.key}>
              {index > 0 ? (
                <Typography variant="overline" component="p" color="text.secondary" sx={{ lineHeight: 1.5, mb: 1 }}>
                  {group.match === 'ALL' ? t('audience.and') : t('audience.or')}
                </Typography>
              ) : null}
              {child.type === 'group' ? (
                <GroupEditor group={child} tree={tree} path={childPath} depth={depth + 1} problems={problems} onTreeChange={onTreeChange} />
              ) : (
                <AudienceRuleEditor
                  rule={child}
                  name={t('audience.ruleName', { number: numbered(childPath) })}
                  problem={problems.get(child.key)}
                  onChange={(rule) => onTreeChange(updateNode(tree, child.key, () => rule))}
                  onRemove={() => onTreeChange(removeNode(tree, child.key))}
                />
              )}
            </li>
          );
        })}
      </Box>
      {problem ? (
        <FormHelperText id={problemId} error>
          {t(`audience.problems.${problem}`)}
        </FormHelperText>
      ) : null}
      <Stack direction="row" spacing={1.5} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <Button
          variant="outlined"
          startIcon={<AddOutlined aria-hidden />}
          onClick={() => onTreeChange(appendChild(tree, group.key, newLeaf()))}
        >
          {isRoot ? t('audience.addRule') : t('audience.addRuleTo', { name })}
        </Button>
        {depth < MAX_GROUP_DEPTH ? (
          <Button
            startIcon={<AddOutlined aria-hidden />}
            onClick={() => onTreeChange(appendChild(tree, group.key, newGroup(group.match === 'ALL' ? 'ANY' : 'ALL', [newLeaf()])))}
          >
            {isRoot ? t('audience.addGroup') : t('audience.addGroupTo', { name })}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}
