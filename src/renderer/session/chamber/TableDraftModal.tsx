import { ActionIcon, Button, Checkbox, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { MEASURES, MEASURE_LABELS, type Measure, type SessionEvent, type SessionView } from '../../../core/session';
import { ActionError } from '../kit/ActionError';
import { draftTitle } from '../../../core/ai/templates';
import { scenarioOf } from '../format';

/** Plain-language hints for the measure picker: what each measure does in the Council, which decides (Chapter VII). */
const COUNCIL_HINTS: Record<Measure, string> = {
  condemnation: 'Condemns the violations and demands that they stop.',
  'commission-of-inquiry': 'Establishes an independent inquiry; raises the evidence on the record.',
  'icc-referral': 'Refers the situation to the ICC Prosecutor (Rome Statute art. 13(b)).',
  sanctions: 'Targeted measures against those responsible (art. 41).',
  'arms-embargo': 'Forbids all states to supply arms to the parties named (art. 41).',
  'humanitarian-access': 'Demands safe, unhindered access for humanitarian relief.',
  'peace-operation': 'Deploys or strengthens a peace operation.',
  'authorisation-of-force': 'Authorises "all necessary measures" to protect civilians (art. 42).',
};

/**
 * The Assembly recommends; only the Council decides under Chapter VII. Its measures are recommendations
 * under the Charter's arts. 10-14 and, when the Council fails, GA res. 377 A (V) (Uniting for Peace).
 */
const ASSEMBLY_HINTS: Record<Measure, string> = {
  condemnation: 'Condemns the violations and demands that they stop.',
  'commission-of-inquiry': 'Asks the Secretary-General for an independent mechanism to gather the evidence.',
  'icc-referral': 'Recommends that the Security Council refer the situation to the ICC (only the Council can refer).',
  sanctions: 'Recommends that Member States take targeted measures against those responsible (arts. 10-14; GA res. 377 A (V)).',
  'arms-embargo': 'Recommends that Member States stop supplying arms to the parties named (arts. 10-14; GA res. 377 A (V)).',
  'humanitarian-access': 'Demands safe, unhindered access for humanitarian relief.',
  'peace-operation': 'Recommends a UN presence with the host state\'s consent (cf. GA res. 1000 (ES-I)).',
  'authorisation-of-force': 'Recommends collective measures, including armed force when necessary (GA res. 377 A (V) ¶1); it cannot authorise them.',
};

const COUNCIL_TEMPLATES: Partial<Record<Measure, string>> = {
  condemnation: 'Strongly condemns the attacks on civilians and demands that all parties immediately cease them;',
  'commission-of-inquiry': 'Decides to establish an independent commission of inquiry to investigate the violations and identify those responsible;',
  'icc-referral': 'Decides to refer the situation since the start of the crisis to the Prosecutor of the International Criminal Court;',
  sanctions: 'Decides that all Member States shall freeze the funds of, and prevent the entry of, the individuals responsible;',
  'arms-embargo': 'Decides that all Member States shall prevent the supply of arms and related materiel to the perpetrators;',
  'humanitarian-access': 'Demands rapid, safe and unhindered humanitarian access to all people in need;',
  'peace-operation': 'Decides to strengthen the mandate of the United Nations mission to protect civilians;',
  'authorisation-of-force': 'Authorizes Member States to take all necessary measures to protect civilians under threat of attack;',
};

const ASSEMBLY_TEMPLATES: Partial<Record<Measure, string>> = {
  condemnation: 'Strongly condemns the attacks on civilians and demands that all parties immediately cease them;',
  'commission-of-inquiry': 'Requests the Secretary-General to establish an independent mechanism to collect and preserve the evidence of the violations;',
  'icc-referral': 'Recommends that the Security Council refer the situation to the Prosecutor of the International Criminal Court;',
  sanctions: 'Recommends that Member States freeze the funds of, and deny entry to, the individuals responsible;',
  'arms-embargo': 'Recommends that all Member States prevent the supply of arms and related materiel to the perpetrators;',
  'humanitarian-access': 'Demands rapid, safe and unhindered humanitarian access to all people in need;',
  'peace-operation': 'Recommends the establishment, with the consent of the host State, of a United Nations presence to protect civilians;',
  'authorisation-of-force': 'Recommends that Member States take collective measures, including the use of armed force when necessary, to protect civilians;',
};

function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'draft'
  );
}

/** A draft id that is not taken yet: a slug of the title and the round. */
export function draftIdFor(view: SessionView, title: string): string {
  const base = `${slug(title)}-r${view.state.round}`;
  let id = base;
  for (let n = 2; view.state.drafts[id]; n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * Tabling a draft: a title, measures picked from the Council's toolbox, numbered operative
 * paragraphs. With `circulate`, the same form circulates a Council zero draft in Negotiation
 * instead (docs/session-log.md, "A draft's life"), with optional preamble references; its sponsor
 * holds the pen.
 */
export function TableDraftModal({
  opened,
  onClose,
  view,
  forum,
  circulate = false,
  run,
  error,
  clearError,
}: {
  opened: boolean;
  onClose: () => void;
  view: SessionView;
  forum: 'council' | 'assembly';
  circulate?: boolean;
  run: (event: SessionEvent) => Promise<boolean>;
  error: string | null;
  clearError: () => void;
}) {
  const [title, setTitle] = useState('');
  const [preamble, setPreamble] = useState('');
  const [measures, setMeasures] = useState<Measure[]>([]);
  const [paragraphs, setParagraphs] = useState<string[]>(['']);
  const [chapter, setChapter] = useState<'VI' | 'VII'>('VII');
  const [busy, setBusy] = useState(false);

  const choose = (values: string[]) => {
    const next = (values as Measure[]).sort((a, b) => MEASURES.indexOf(a) - MEASURES.indexOf(b));
    for (const m of next.filter((x) => !measures.includes(x))) {
      const template = (forum === 'council' ? COUNCIL_TEMPLATES : ASSEMBLY_TEMPLATES)[m];
      if (template) setParagraphs((ps) => (ps.length === 1 && ps[0] === '' ? [template] : ps.includes(template) ? ps : [...ps, template]));
    }
    setMeasures(next);
  };
  const clean = paragraphs.map((p) => p.trim()).filter(Boolean);
  const references = preamble
    .split('\n')
    .map((r) => r.trim().replace(/,$/, ''))
    .filter(Boolean);
  const problem = !title.trim() ? 'Give the draft a title.' : measures.length === 0 ? 'Pick at least one measure.' : clean.length === 0 ? 'Write at least one operative paragraph.' : null;

  const submit = async () => {
    if (problem) return;
    setBusy(true);
    const common = { draftId: draftIdFor(view, title), title: title.trim(), measures, operativeParagraphs: clean };
    const ok = await run(
      circulate
        ? { type: 'draft.circulate', ...common, preamble: references, chapter }
        : { type: 'draft.table', ...common, forum, chapter: forum === 'council' ? chapter : 'VII' },
    );
    setBusy(false);
    if (ok) {
      setTitle('');
      setPreamble('');
      setMeasures([]);
      setParagraphs(['']);
      onClose();
    }
  };

  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={onClose} title={circulate ? 'Circulate a zero draft to the Council' : forum === 'council' ? 'Table a Security Council draft' : 'Table a General Assembly draft'} size="xl" centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <TextInput label="Title" placeholder={`e.g. ${draftTitle(scenarioOf(view))}`} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required data-autofocus data-testid="draft-title" maxLength={200} />
          <Checkbox.Group label="Measures" description="What the resolution would do. Each adds a suggested operative paragraph you can edit." value={measures} onChange={choose}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {MEASURES.map((m) => (
                <Checkbox
                  key={m}
                  value={m}
                  label={MEASURE_LABELS[m]}
                  description={(forum === 'council' ? COUNCIL_HINTS : ASSEMBLY_HINTS)[m]}
                  data-testid={`measure-${m}`}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {circulate && (
            <Textarea
              label="Preamble references (optional)"
              description="One per line: the chapeau that recalls agreed language. Members may ask you to add more."
              placeholder="Recalling its resolution 2417 (2018) on conflict and hunger"
              value={preamble}
              autosize
              minRows={1}
              onChange={(e) => setPreamble(e.currentTarget.value)}
              data-testid="draft-preamble"
            />
          )}
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              Operative paragraphs
            </Text>
            {paragraphs.map((p, i) => (
              <Group key={i} align="flex-start" wrap="nowrap" gap="xs">
                <Text fw={700} w={24} ta="right" mt={8} className="tabular" aria-hidden="true">
                  {i + 1}.
                </Text>
                <Textarea
                  aria-label={`Operative paragraph ${i + 1}`}
                  value={p}
                  autosize
                  minRows={2}
                  style={{ flex: 1 }}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setParagraphs((ps) => ps.map((x, j) => (j === i ? value : x)));
                  }}
                  data-testid={`paragraph-${i + 1}`}
                />
                <ActionIcon variant="subtle" color="gray" mt={6} aria-label={`Remove paragraph ${i + 1}`} disabled={paragraphs.length === 1} onClick={() => setParagraphs((ps) => ps.filter((_, j) => j !== i))}>
                  ✕
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="subtle" size="xs" onClick={() => setParagraphs((ps) => [...ps, ''])}>
                + Add a paragraph
              </Button>
            </Group>
          </Stack>
          {forum === 'council' && (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="chapter-label">
                Chapter of the Charter
              </Text>
              <SegmentedControl
                aria-labelledby="chapter-label"
                value={chapter}
                onChange={(v) => setChapter(v as 'VI' | 'VII')}
                data={[
                  { value: 'VII', label: 'VII: action (binding)' },
                  { value: 'VI', label: 'VI: pacific settlement (parties abstain)' },
                ]}
              />
            </Stack>
          )}
          <ActionError error={error} onClose={clearError} />
          <Group justify="space-between">
            <Text size="sm" c={problem ? 'dimmed' : undefined}>
              {problem ??
                `${circulate ? 'Will be circulated to the members of the Council as' : 'Will be tabled as'} “${title.trim()}”, ${forum === 'council' ? 'a Council' : 'an Assembly'} draft with ${measures.length} ${measures.length === 1 ? 'measure' : 'measures'} and ${clean.length} operative ${clean.length === 1 ? 'paragraph' : 'paragraphs'}${circulate ? '. You hold its pen.' : '.'}`}
            </Text>
            <Group>
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" disabled={problem !== null} loading={busy} data-testid="draft-submit">
                {circulate ? 'Circulate the zero draft' : 'Table the draft'}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
