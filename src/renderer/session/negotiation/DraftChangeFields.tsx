import { Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { MEASURE_LABELS, MEASURES, OPERATIVE_VERB_LADDERS, type DraftChange, type DraftText, type Measure, type OperativeVerb } from '../../../core/session';
import { leadingVerb, verbDirection } from '../../../core/session/revisions';

/**
 * The fields that compose one change to a draft's text (drop or add a measure, soften or harden an
 * operative paragraph, add a reference to the preamble), shared by the request for a change and the
 * offer composer. Returns the change, or null while it is incomplete, with why in words.
 */

type ChangeKind = DraftChange['kind'];

const KIND_LABELS: Record<ChangeKind, string> = {
  'drop-measure': 'Drop a measure',
  'add-measure': 'Add a measure',
  reword: 'Soften or harden a paragraph',
  'add-reference': 'Add a reference to the preamble',
};

export interface DraftChangeFields {
  change: DraftChange | null;
  /** Why there is no change yet, in words. */
  missing: string;
  fields: ReactNode;
}

export function useDraftChangeFields(draft: DraftText | undefined): DraftChangeFields {
  const [kind, setKind] = useState<ChangeKind>('drop-measure');
  const [measure, setMeasure] = useState<Measure | ''>('');
  const measures = draft?.measures ?? [];
  const absent = MEASURES.filter((m) => !measures.includes(m));
  const [added, setAdded] = useState<Measure | ''>('');
  const [paragraph, setParagraph] = useState(1);
  const paragraphs = draft?.operativeParagraphs ?? [];
  const current = leadingVerb(paragraphs[paragraph - 1] ?? '');
  const verbs = current ? ([...OPERATIVE_VERB_LADDERS.action, ...OPERATIVE_VERB_LADDERS.censure] as OperativeVerb[]).filter((v) => verbDirection(current.verb, v) !== null) : [];
  const [verb, setVerb] = useState<OperativeVerb | ''>('');
  const [text, setText] = useState('');
  const dropped = measure && measures.includes(measure) ? measure : measures[0];
  const addedMeasure = added && absent.includes(added) ? added : absent[0];
  const chosenVerb = verb && verbs.includes(verb) ? verb : verbs[0];
  const change: DraftChange | null =
    kind === 'drop-measure'
      ? dropped
        ? { kind, measure: dropped }
        : null
      : kind === 'add-measure'
        ? text.trim() && addedMeasure
          ? { kind, measure: addedMeasure, paragraph: text.trim() }
          : null
        : kind === 'reword'
          ? chosenVerb
            ? { kind, paragraph, verb: chosenVerb }
            : null
          : text.trim()
            ? { kind, text: text.trim() }
            : null;
  const missing =
    kind === 'reword' ? 'That paragraph does not begin with a verb that can be softened or hardened.' : kind === 'drop-measure' ? 'The draft carries no measure to drop.' : 'Write the text first.';
  const fields = (
    <Stack gap={6}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NativeSelect size="xs" label="Change" value={kind} onChange={(e) => setKind(e.currentTarget.value as ChangeKind)} data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))} data-testid="change-kind" />
        {kind === 'drop-measure' && (
          <NativeSelect size="xs" label="Measure" value={dropped ?? ''} onChange={(e) => setMeasure(e.currentTarget.value as Measure)} data={measures.map((m) => ({ value: m, label: MEASURE_LABELS[m] }))} data-testid="change-measure" />
        )}
        {kind === 'add-measure' && (
          <NativeSelect size="xs" label="Measure" value={addedMeasure ?? ''} onChange={(e) => setAdded(e.currentTarget.value as Measure)} data={absent.map((m) => ({ value: m, label: MEASURE_LABELS[m] }))} data-testid="change-added-measure" />
        )}
        {kind === 'reword' && (
          <>
            <NativeSelect size="xs" label="Paragraph" value={String(paragraph)} onChange={(e) => setParagraph(Number(e.currentTarget.value))} data={paragraphs.map((_, i) => ({ value: String(i + 1), label: `Operative paragraph ${i + 1}` }))} />
            <NativeSelect size="xs" label={current ? `Instead of “${current.verb}”` : 'Verb'} value={chosenVerb ?? ''} onChange={(e) => setVerb(e.currentTarget.value as OperativeVerb)} data={verbs.map((v) => ({ value: v, label: `${v} (${verbDirection(current!.verb, v) === 'softens' ? 'softer' : 'harder'})` }))} />
          </>
        )}
      </Group>
      {(kind === 'add-measure' || kind === 'add-reference') && (
        <TextInput
          size="xs"
          label={kind === 'add-measure' ? 'Operative paragraph that carries it' : 'Reference'}
          placeholder={kind === 'add-measure' ? 'Demands that all parties allow …' : 'Recalling its resolution 2417 (2018)'}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-testid="change-text"
        />
      )}
    </Stack>
  );
  return { change, missing, fields };
}
