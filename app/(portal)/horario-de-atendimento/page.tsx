import type { Metadata } from "next";
import { holidayDateText } from "@/lib/sla/requester-deadline";
import { serviceCalendar } from "@/lib/sla/service-hours";
import { Fact, FactList } from "@/components/tickets/fact-list";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Horário de atendimento" };

/**
 * "Horário de atendimento": the hours the solution deadlines count in, and the holidays ahead
 * that move them. Public, signed out too: it is what the deadline on a ticket refers to.
 */
export default async function ServiceHoursPage() {
  const { hours, timeZone, holidays } = await serviceCalendar();
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">Horário de atendimento</h1>
      <p>
        Os prazos das solicitações contam apenas o horário de atendimento: fora dele, nos fins de
        semana e nos feriados, o relógio para e o prazo avança.
      </p>
      <Panel title="Dias e horário">
        <FactList>
          <Fact label="Atendimento">{hours}</Fact>
          <Fact label="Fuso horário">{timeZone}</Fact>
        </FactList>
      </Panel>
      <Panel title="Próximos feriados">
        {holidays.length === 0 ? (
          <p className="text-sm text-slate-600">Nenhum feriado cadastrado.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {holidays.map((holiday) => (
              <li key={holiday.date}>
                <span className="font-medium">{holidayDateText(holiday.date)}</span> —{" "}
                {holiday.name}
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </div>
  );
}
