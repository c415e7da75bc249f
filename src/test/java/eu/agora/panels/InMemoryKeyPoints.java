package eu.agora.panels;

import java.util.ArrayList;
import java.util.List;

/** {@link KeyPoints} in a list, for fast tests without MongoDB. */
class InMemoryKeyPoints implements KeyPoints {

	private final List<KeyPoint> points = new ArrayList<>();

	@Override
	public void add(KeyPoint point) {
		points.add(point);
	}

	@Override
	public long countIn(String sessionId, int round) {
		return of(sessionId).stream().filter((point) -> point.round() == round).count();
	}

	@Override
	public List<KeyPoint> of(String sessionId) {
		return points.stream().filter((point) -> point.sessionId().equals(sessionId)).toList();
	}

	@Override
	public void reattribute(String fromPersonId, String toPersonId) {
		points.replaceAll((p) -> p.contributorPersonId().equals(fromPersonId)
				? new KeyPoint(p.id(), p.sessionId(), p.round(), p.text(), toPersonId, p.at()) : p);
	}

}
